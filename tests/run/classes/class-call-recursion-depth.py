# Calling a class counts two recursion levels, as in CPython 3.11 (one for
# `type.__call__`, one for the `__init__` frame), so recursion through
# constructors raises RecursionError at half the depth of plain calls; the
# depth is the same whether the class's construction is typed or dynamic.
import sys

sys.setrecursionlimit(200)
depth = 0


class Node:
    def __init__(self, n):
        global depth
        depth = n
        self.child = Node(n + 1)


class Leaf:
    def __init__(self, n):
        self.n = n


class Adder:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        global depth
        depth = self.n
        return Adder(self.n + 1) + other


def plain(n):
    global depth
    depth = n
    plain(n + 1)


def build(n):
    global depth
    depth = n
    return build(n + 1) if n < 10000 else Leaf(n)


for label, start in [("class", lambda: Node(1)), ("function", lambda: plain(1)),
                     ("operator", lambda: Adder(1) + 1), ("mixed", lambda: build(1))]:
    try:
        start()
    except RecursionError as exc:
        print(label, depth, exc)


class Dynamic:
    def __init__(self, n, factory):
        global depth
        depth = n
        factory(n + 1, factory)


try:
    Dynamic(1, Dynamic)
except RecursionError as exc:
    print("dynamic", depth, exc)
