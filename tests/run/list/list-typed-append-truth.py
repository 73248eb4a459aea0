# Lists inference types: append (in line while the buffer has room, then
# growing), extend by a list, a tuple or the list itself, truth tests of
# empty and non-empty lists, and for loops over tuples (stepped in line).
import sys

DIRS = (-3, -1, 1, 3)


def walk(n):
    out = []
    for step in DIRS:
        line = []
        k = step
        while abs(k) < n:
            line.append(k)
            k += step
        if line and len(line) > 1:
            out.extend(line)
        if not line:
            out.append(0)
    return out


def grow(n):
    xs = []
    for i in range(n):
        xs.append(i * i)
    return xs, len(xs), sum(xs)


def floats_then_ints():
    fs = []
    for i in range(5):
        fs.append(i / 2)
    fs.append(7)
    fs.append(float("nan"))
    return fs


def self_extend():
    a = [1, 2, 3]
    a.extend(a)
    a.extend((4, 5))
    a.extend([])
    b = []
    b.extend(a)
    return a, b


def truth(xs):
    seen = []
    while xs:
        seen.append(xs.pop())
    return seen, bool(xs), not xs


class Pair(tuple):
    pass


def tuples():
    total = 0
    for t in ((1, 2), (3, 4, 5), ()):
        for v in t:
            total += v
    it = iter(DIRS)
    first = next(it)
    rest = [x for x in it]
    again = list(it)
    p = Pair((9, 8))
    sub = [v for v in p]
    return total, first, rest, again, sub


print(walk(10))
print(walk(2))
print(grow(3))
print(grow(40)[1:])
print(floats_then_ints())
print(self_extend())
print(truth([4, 5, 6]))
print(truth([]))
print(tuples())
n = len(sys.argv) + 20
big = []
for i in range(n):
    big.append([i] * (i % 3))
print(len(big), sum(len(b) for b in big), [b for b in big if b][:4])


def displays(a, b):
    # Small displays are allocated in line unless they start with a float.
    out = [[], [a], [a, b], [b, a, None], [a] * 3, [1.5, a], [a, 2.5], [2.5, 3.5]]
    out.append([float("nan"), 1.0])
    out.append([a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a])
    grown = [a, b]
    grown.append(a)
    grown.extend([b] * 20)
    out.append(grown)
    fl = [0.5, 0.25]
    fl.append(1)
    out.append(fl)
    return out


print(displays(1, "x"))
print(displays(0.5, [2]))
