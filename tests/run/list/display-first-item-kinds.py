# List displays whose first item is never a float (None, constants, other
# displays, instances, results of functions that only return such values)
# skip the float-storage test; displays whose first item may be a float
# (a float constant, a function returning floats on some paths, a
# recursive builder that ends in a float) still get float storage.
import sys


def make(depth):
    if depth == 0:
        return [None, None]
    depth -= 1
    return [make(depth), make(depth)]


def check(node):
    left = node[0]
    if left is None:
        return 1
    return 1 + check(left) + check(node[1])


def maybe_float(flag):
    if flag:
        return [1]
    return 2.5


def floats_at_leaves(depth):
    if depth == 0:
        return 0.5
    return [floats_at_leaves(depth - 1), 1.0]


def ping(n):
    return pong(n - 1) if n > 0 else (n, "done")


def pong(n):
    return ping(n) if n > 0 else [n]


class P:
    def __init__(self, v):
        self.v = v


def show(xs):
    print(xs, type(xs[0]).__name__, len(xs))


print(check(make(6)))
show([maybe_float(True), 1.5])
show([maybe_float(False), 1.5])
lst = [maybe_float(False), maybe_float(False)]
lst.append(3.25)
lst.append("x")
print(lst, sum(x for x in lst if isinstance(x, float)))
print(floats_at_leaves(3))
show([floats_at_leaves(0), 2.0])
show([ping(3), ping(4)])
show(["a", 1.0])
show([True, 2.0])
show([(1.0,), 2.0])
show([{1: 2.0}, 2.0])
show([{2.0}, 2.0])
show([[2.0], 2.0])
p = [P(1.5), 2.0]
print(p[0].v, p[1])
big = [10**30, 2.0]
show(big)
c = [1j, 2.0]
show(c)
f = [1.5, 2.5]
f.append(None)
show(f)
g = [-0.0, float("nan")]
print(g, g[0] == g[1])
nested = [None, 0.5]
nested[0] = 7.5
nested.sort()
print(nested)
print(sys.getrecursionlimit() > 0)
