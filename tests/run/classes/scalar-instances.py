# Temporary instances of small classes (operator results read once, points
# made and taken apart in one statement) behave as objects: their
# attributes, RecursionError at CPython's depths and messages when the
# class call or __init__ exceeds the limit, and instances that escape
# (into lists, compared by identity, returned) stay whole.
import sys


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def dist2(a, b):
    d = a - b
    return d.dot(d)


def mid(a, b):
    s = a + b
    return s.x * 0.5, s.y * 0.5


def pair_sum(n):
    total = 0
    for i in range(n):
        p = P(i, i * 2)
        total += p.a + p.b
    return total


def kept(n):
    out = []
    for i in range(n):
        v = V(float(i), 1.0)
        w = v - V(0.5, 0.5)
        out.append(w)
    return [(w.x, w.y) for w in out]


def same(a):
    d = a - a
    e = d
    return d is e, d.x, e.y


def rec(n, a, b):
    if n == 0:
        return dist2(a, b)
    return rec(n - 1, a, b)


def grow(a, b):
    out = [a - b]
    return out[0].x


def rec2(n, a, b):
    if n == 0:
        return grow(a, b)
    return rec2(n - 1, a, b)


def main():
    a = V(1.0, 2.0)
    b = V(4.0, 6.0)
    print(dist2(a, b), mid(a, b), pair_sum(10), kept(3), same(b))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(60)
    for n in range(48, 60):
        try:
            print(n, rec(n, a, b))
        except RecursionError as e:
            print(n, "RecursionError", e)
        try:
            print(n, rec2(n, a, b))
        except RecursionError as e:
            print(n, "RecursionError", e)
    sys.setrecursionlimit(limit)


main()
