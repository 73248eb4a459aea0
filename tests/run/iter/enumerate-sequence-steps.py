# Checks `for i, x in enumerate(seq)` stepped in line over lists and
# tuples: ints, objects, floats (float storage takes the runtime's step),
# a start argument, a count leaving the inline-int range, a list growing
# and shrinking during the loop, a list subclass, an enumerate object
# resumed after break, nested loops, and one stepped by hand afterwards.


class Tagged(list):
    def __iter__(self):
        return iter([("tag", x) for x in list.__iter__(self)])


class Plain(list):
    pass


def pairs(seq, start=0):
    out = []
    for i, x in enumerate(seq, start):
        out.append((i, x))
    return out


def weighted(xs):
    t = 0
    for i, x in enumerate(xs):
        t += i * x
    return t


def growing():
    items = [1, 2, 3]
    seen = []
    for i, x in enumerate(items):
        if i < 3:
            items.append(x * 10)
        seen.append((i, x))
    return seen


def shrinking():
    items = list(range(8))
    seen = []
    for i, x in enumerate(items):
        items.pop()
        seen.append((i, x))
    return seen, items


def resumed(xs):
    e = enumerate(xs)
    first = []
    for i, x in e:
        first.append(x)
        if i == 1:
            break
    rest = [(i, x) for i, x in e]
    return first, rest, next(e, "done")


def nested(t):
    out = []
    for i, a in enumerate(t):
        for j, b in enumerate(t):
            if i < j:
                out.append(a + b)
    return out


print(pairs([5, 6, 7]))
print(pairs(("a", None, 2.5, [1])))
print(pairs([0.5, 1.5, 2.5], 10))
print(pairs(["x", "y", "z"], 2**62 - 2))
print(pairs((1, 2), -(2**70)))
print(weighted(list(range(100))), weighted([]))
print(growing())
print(shrinking())
print(pairs(Plain([3, 4])), pairs(Tagged([3, 4])))
print(resumed([10, 20, 30, 40]))
print(nested(("a", "b", "c")))
print(pairs(b"hi"), pairs(bytearray(b"ok"), 1))
