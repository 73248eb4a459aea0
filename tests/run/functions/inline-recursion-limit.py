# A recursive function calling a small helper raises RecursionError at the
# same depth as CPython, whether the helper's call or the recursion itself
# crosses the limit, also after sys.setrecursionlimit.
import sys


def half(x):
    return x * 0.5


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def down(n):
    if n == 0:
        return half(3.0)
    return down(n - 1)


def down_box(n, b):
    if n == 0:
        return b.get() + 1.0
    return down_box(n - 1, b)


def probe(f, *extra):
    lim = sys.getrecursionlimit()
    for k in range(lim - 6, lim + 1):
        try:
            f(k, *extra)
            print("ok", k)
        except RecursionError as e:
            print("RecursionError", k, e)


probe(down)
probe(down_box, Box(2))
sys.setrecursionlimit(200)
probe(down)
probe(down_box, Box(2))
