# Small functions and methods with branches that inlining may copy into
# their callers behave as calls: locals assigned on one path only, results
# that are a float or None, loops inside the callee, calls in loops, calls
# inside try blocks, and RecursionError at CPython's depth.
import math
import sys


class Sphere:
    def __init__(self, r):
        self.r = r

    def hit(self, b):
        disc = b * b - self.r
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None


class Flat:
    def __init__(self, h):
        self.h = h

    def hit(self, b):
        if abs(b) < 1e-9:
            return None
        t = self.h / b
        return t if t > 0.0 else None


def closest(objs, b):
    best = None
    best_t = math.inf
    for o in objs:
        t = o.hit(b)
        if t is not None and t < best_t:
            best, best_t = o, t
    return best, best_t


def sign(x):
    if x > 0:
        s = 1
    elif x < 0:
        s = -1
    else:
        s = 0
    return s


def digits(n):
    count = 0
    while n > 0:
        n = n // 10
        count += 1
    return count


def pick(flag, a, b):
    if flag:
        return a
    return b


def safe(a, b):
    if b == 0.0:
        return a / (b + 1.0)
    return a / b


def main():
    objs = [Sphere(4.0), Flat(3.0), Sphere(0.25)]
    hits = 0
    total = 0.0
    for i in range(-20, 21):
        best, t = closest(objs, i * 0.25)
        if best is not None:
            hits += 1
            total += t
    print(hits, round(total, 6))
    print([sign(x) for x in (-3, 0, 5, -0.5, 2.5)])
    print(sum(sign(i - 10) for i in range(25)))
    acc = 0
    for n in (0, 7, 10, 99, 12345, 10**20):
        acc = acc * 100 + digits(n)
    print(acc)
    print(pick(True, 1.5, 2.5), pick(False, 1.5, 2.5), pick(0, "a", "b"))
    print(safe(1.0, 0.0), safe(3.0, 4.0))
    for d in (2.0, 0.0):
        try:
            print(1.0 / d, safe(d, d))
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)


def deep(n, x):
    if n == 0:
        return 0.0
    return deep(n - 1, x) + pick(n % 2 == 0, x, -x)


main()
print(deep(100, 1.5))
sys.setrecursionlimit(80)
try:
    deep(100, 1.5)
except RecursionError as e:
    print("RecursionError", e)
