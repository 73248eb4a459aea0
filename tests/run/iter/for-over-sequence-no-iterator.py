# `for` over an exact list or tuple keeps the sequence and an index instead of
# an iterator object: checks lists growing, shrinking and cleared while
# iterated, a list rebound inside its loop, float lists (raw storage) and a
# float list turned into an object list half-way, subclasses overriding
# `__iter__`, other iterables through the same loop, non-iterables, `break`
# and `else`, nested loops over one list, loops entered again, and a
# temporary list kept alive only by its loop under collection, and `__iter__`
# returning a list or tuple (rejected, as the step tells them from iterators).
import gc


class Backwards(list):
    def __iter__(self):
        return iter(list(list.__iter__(self))[::-1])


class GivesList:
    def __iter__(self):
        return [1, 2]


class GivesTuple:
    def __iter__(self):
        return (1, 2)


class Pairs(tuple):
    def __iter__(self):
        for x in tuple.__iter__(self):
            yield (x, x)


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out


def growing():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x < 6:
            items.append(x + 3)
    return seen, items


def shrinking():
    items = list(range(10))
    seen = []
    for x in items:
        seen.append(x)
        if len(items) > 4:
            items.pop()
    return seen, items


def cleared():
    items = [1, 2, 3, 4]
    seen = []
    for x in items:
        seen.append(x)
        items.clear()
    items.extend([7, 8])
    return seen, items


def deleted_front():
    items = [0, 1, 2, 3, 4, 5]
    seen = []
    for x in items:
        seen.append(x)
        del items[0]
    return seen, items


def rebound():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        items = [10, 20]
    return seen, items


def floats(n):
    values = [i * 0.5 for i in range(n)]
    total = 0.0
    for v in values:
        total += v
    seen = []
    for v in values:
        seen.append(v)
    return total, seen


def float_turned_objects():
    values = [1.5, 2.5, 3.5]
    seen = []
    for v in values:
        seen.append(v)
        if len(values) < 5:
            values.append("s" if v > 2 else 4.5)
    return seen, values


def with_else(seq, stop):
    for x in seq:
        if x == stop:
            print("break at", x)
            break
    else:
        print("no break in", len(seq))


def nested(items):
    pairs = []
    for a in items:
        for b in items:
            if a < b:
                pairs.append((a, b))
    return pairs


def again(items, times):
    total = 0
    for _ in range(times):
        for x in items:
            total += x
    return total


def temporaries(n):
    total = 0
    for chunk in [[i] * 3 for i in range(n)]:
        junk = [str(j) for j in range(20)]
        gc.collect() if chunk[0] % 50 == 0 else None
        total += chunk[0] + chunk[2] + len(junk)
    return total


DIRECTIONS = (-11, -10, -9, -1, 1, 9, 10, 11)


def steps(square):
    out = []
    for step in DIRECTIONS:
        out.append(square + step)
    return out


def failing(seq):
    try:
        for x in seq:
            print("item", x)
    except TypeError as e:
        print("TypeError:", e)


def raising(items):
    seen = []
    try:
        for x in items:
            seen.append(10 // x)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, seen)


print(walk([1, "a", None, 2.5]))
print(walk((3, 4, (5,))))
print(walk([]), walk(()))
print(walk(Backwards([1, 2, 3])))
print(walk(Pairs((1, 2))))
print(walk("xyz"), walk({"k": 1, "j": 2}), walk(range(3)), walk(x * 2 for x in (1, 2)))
print(walk({5}), walk(b"ab"), walk(iter([9, 8])))
print(growing())
print(shrinking())
print(cleared())
print(deleted_front())
print(rebound())
print(floats(5))
print(float_turned_objects())
with_else([1, 2, 3], 2)
with_else((1, 2, 3), 5)
with_else([], 0)
print(nested([3, 1, 2]))
print(again([1, 2, 3], 4), again((4, 5), 3))
print(temporaries(300))
print(steps(44))
failing(5)
failing(None)
failing([1, 2])
raising([5, 2, 0, 1])
raising((1, 0))
failing(GivesList())
failing(GivesTuple())
