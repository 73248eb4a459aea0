# Instance inference: operators whose operands come from other operators'
# results and from attributes those results fill (a ray tracer's vectors)
# are direct calls with typed attributes, and stay faithful when the same
# class also meets operands inference cannot type, subclasses inherit the
# methods, or a method gives up with NotImplemented.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def normalized(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


def chains():
    ray = Ray(Vec(0.0, 1.0, 0.0), Vec(1.0, 2.0, 2.0).normalized())
    p = ray.at(3.0)
    q = -(p - ray.origin) + p * 0.5
    return round(p.dot(q), 9), round(q.x, 9), round(q.y, 9), round(q.z, 9)


print(chains())


# The same class with integer and mixed components: the attributes widen.
def mixed():
    a = Vec(1, 2, 3) + Vec(0.5, 1, 1.5)
    b = a * 2
    return a.x, a.y, b.z, type(b.y).__name__


print(mixed())


# An operand inference cannot type (from a heterogeneous list) takes the
# protocol; the methods then see whatever the operand is.
class Tagged:
    def __init__(self, name):
        self.name = name

    def __add__(self, other):
        if isinstance(other, Tagged):
            return Tagged(self.name + "+" + other.name)
        if isinstance(other, float):
            return Tagged(self.name + "+" + str(other))
        return NotImplemented

    def __radd__(self, other):
        return Tagged(str(other) + "+" + self.name)


def untyped():
    things = [Tagged("a"), 2.5, 3, Tagged("b")]
    out = []
    for left in things:
        for right in things:
            try:
                r = left + right
            except TypeError as exc:
                out.append("TypeError: " + str(exc))
                continue
            out.append(r.name if isinstance(r, Tagged) else r)
    return out


for line in untyped():
    print(line)


# A subclass inherits the operator methods (its own copies) and overrides
# one of them.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return type(self)(self.v + other.v)

    def __mul__(self, k):
        return Base(self.v * k)


class Scaled(Base):
    def __mul__(self, k):
        return Scaled(self.v * k * 10)


def inherited():
    b = Base(1) + Base(2)
    s = Scaled(1) + Scaled(2)
    return type(b).__name__, b.v, type(s).__name__, s.v, (b * 2).v, (s * 2).v


print(inherited())


# An operator method never used by an operator (called by name only).
class Named:
    def __init__(self, n):
        self.n = n

    def __sub__(self, other):
        return Named(self.n - other.n)


print(Named(5).__sub__(Named(2)).n)
