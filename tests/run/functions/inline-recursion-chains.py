# Chains of inlined calls in one block (depth checks of +1, +2, +1 below
# the frame) raise RecursionError at CPython's depth, also when
# sys.setrecursionlimit changes the limit between two inlined calls of
# one block, and when the deeper chain comes first.
import sys


def inc(x):
    return x + 1


def twice(x):
    return inc(x) + inc(x)


def chain(x):
    return inc(x) + twice(x) + inc(x)


def deep_first(x):
    return twice(x) + inc(x)


def down(n, f):
    if n == 0:
        return f(1)
    return down(n - 1, f)


def lowered(n):
    a = inc(1)
    sys.setrecursionlimit(n)
    b = twice(2)
    return a + b


def probe(f):
    lim = sys.getrecursionlimit()
    for k in range(lim - 7, lim + 1):
        try:
            print("ok", k, down(k, f))
        except RecursionError as e:
            print("RecursionError", k, e)


probe(chain)
probe(deep_first)
sys.setrecursionlimit(120)
probe(chain)
for limit in (3, 4, 5, 6, 50):
    sys.setrecursionlimit(1000)
    try:
        print("lowered", limit, lowered(limit))
    except RecursionError as e:
        print("RecursionError", limit, e)
