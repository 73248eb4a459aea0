# `for` over an exact list or tuple makes its iterator in line, and a tuple
# iterator ends in line: checks subclasses that override `__iter__`, the
# iterator types, exhausted iterators asked again, lists growing while
# iterated, non-iterables with CPython's messages, and many iterators made
# under collection.


class Backwards(tuple):
    def __iter__(self):
        return iter(list(tuple.__iter__(self))[::-1])


class Doubled(list):
    def __iter__(self):
        for x in list.__iter__(self):
            yield x
            yield x


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out


DIRS = (-1, 0, 1)


def sums(n):
    total = 0
    for i in range(n):
        for d in DIRS:
            total += i * d + 1
    return total


print(walk((1, 2, 3)), walk([4, 5]), walk(()), walk([]))
print(walk(Backwards((1, 2, 3))), walk(Doubled([7, 8])))
print(walk("ab"), walk({"k": 1}), walk(range(3)))
print(type(iter((1,))).__name__, type(iter([1])).__name__, type(iter(Backwards())).__name__)

it = iter((1, 2))
print(next(it), next(it), next(it, "end"), next(it, "again"))
it = iter([1, 2])
print(list(it), next(it, "end"))

grow = [1, 2, 3]
for x in grow:
    if x < 6:
        grow.append(x + 3)
print(grow)

for bad in (5, 2.5, None):
    try:
        for _ in bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

print(sums(20000))
print([sum(1 for _ in (i, i)) for i in range(3)])
