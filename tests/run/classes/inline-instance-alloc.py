# Instances of plain classes allocated in line by generated code: fields
# start empty, attributes outside the compile-time layout still work, big
# layouts, __slots__, subclasses with their own layouts, many live
# instances (collections while allocating), and the class call's
# recursion check.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        return Point(self.x * k, self.y * k)


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Empty:
    pass


class Lazy:
    def __init__(self):
        pass

    def fill(self):
        self.a = 1


class Slotted:
    __slots__ = ("left", "right")

    def __init__(self, left):
        self.left = left


class Wide:
    def __init__(self):
        self.a0 = 0; self.a1 = 1; self.a2 = 2; self.a3 = 3; self.a4 = 4
        self.a5 = 5; self.a6 = 6; self.a7 = 7; self.a8 = 8; self.a9 = 9
        self.b0 = 0; self.b1 = 1; self.b2 = 2; self.b3 = 3; self.b4 = 4
        self.b5 = 5; self.b6 = 6; self.b7 = 7; self.b8 = 8; self.b9 = 9
        self.c0 = 0; self.c1 = 1; self.c2 = 2; self.c3 = 3; self.c4 = 4
        self.c5 = 5; self.c6 = 6; self.c7 = 7; self.c8 = 8; self.c9 = 9


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def count(node):
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


p = Point(1.5, 2.5).scaled(2.0)
print(p.x, p.y, type(p).__name__)
q = Point3(1, 2, 3)
print(q.x, q.y, q.z, type(q).__name__, isinstance(q, Point))
e = Empty()
e.late = "set after"
print(e.late, type(e) is Empty)

lazy = Lazy()
try:
    print(lazy.a)
except AttributeError as exc:
    print("AttributeError:", exc)
lazy.fill()
lazy.extra = [1, 2]
print(lazy.a, lazy.extra)

s = Slotted(4)
try:
    print(s.right)
except AttributeError as exc:
    print("AttributeError:", exc)
s.right = Slotted(5)
print(s.left, s.right.left)

w = Wide()
print(w.a0, w.a9, w.b5, w.c9)
w.d0 = "beyond"
print(w.d0)

total = 0
for i in range(20):
    total += count(make(10))
print(total)
points = [Point(i, -i) for i in range(50000)]
print(sum(pt.x + pt.y for pt in points), len(points))


def build(n):
    return Point(n, build(n + 1))


sys.setrecursionlimit(200)
try:
    build(0)
except RecursionError as exc:
    print("RecursionError:", exc)
