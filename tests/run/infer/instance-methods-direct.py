# Instance inference: calls on instances of known classes (direct calls to
# per-class copies of methods) keep CPython's semantics: subclass instances
# reaching inherited methods, super(), defaults and keywords, a method
# shadowed by an instance attribute, a method replaced on the class, an
# unbound call with an instance of another class, __init__ returning a value.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def norm2(self):
        return self.dot(self)

    def describe(self, prefix="vec"):
        return prefix + "(" + str(self.x) + ", " + str(self.y) + ")"


class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def dot(self, other):
        return Vec.dot(self, other) + self.z * other.z


class Named(Vec):
    def describe(self, prefix="named"):
        return "<" + super().describe(prefix) + ">"


def total(n):
    v = Vec(1.5, 2.0)
    t = 0.0
    for i in range(n):
        t = t + v.dot(v.scaled(0.5))
    return t


print(total(4))
a = Vec(1.0, 2.0)
b = Vec3(1.0, 2.0, 3.0)
print(a.dot(a), b.dot(b), a.norm2(), b.norm2())
print(a.describe(), a.describe("v"), a.describe(prefix="p"))
print(Named(3, 4).describe(), Named(3, 4).dot(Vec(1, 1)))
# ints and floats through the same attribute
print(Vec(1, 2).dot(Vec(3, 4)), Vec(1, 2.5).dot(Vec(2, 2)))


# A method shadowed by an instance attribute on one instance.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n


c = Counter()
d = Counter()
print(c.step(), c.step(), d.step())
d.step = lambda: "shadowed"
print(c.step(), d.step())


# A method replaced on the class after being called.
class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
print(g.hello())
Greeter.hello = lambda self: "replaced"
print(g.hello(), Greeter().hello())


# An unbound call with an instance of another class.
class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Other:
    def __init__(self):
        self.v = "other's v"


print(Box(5).get(), Box.get(Other()))


# __init__ returning a value.
class Bad:
    def __init__(self, v):
        self.v = v
        return v


try:
    Bad(3)
except TypeError as e:
    print("TypeError:", e)


# Recursion through methods, and a method taking an instance of its class.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def count(self):
        n = 1
        if self.left is not None:
            n += self.left.count()
        if self.right is not None:
            n += self.right.count()
        return n


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


print(build(5).count())
