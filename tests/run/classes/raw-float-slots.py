# Float attributes inference proves always hold floats are stored unboxed
# in their slots: arithmetic through methods, signed zeros, infinities and
# NaN, subclasses adding attributes, __repr__ and __str__ running through
# the generic protocol (boxing on read, unboxing a float stored there),
# and many instances under allocation pressure.
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
        self.shown = 0.0

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def scale(self, k):
        self.x = self.x * k
        self.y = self.y * k
        self.z = self.z * k

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r}, {self.z!r})"

    def __str__(self):
        self.shown = 2.5
        return f"<{self.x} {self.y} {self.z}>"


class Body(Vec):
    def __init__(self, x, y, z, mass):
        super().__init__(x, y, z)
        self.mass = mass
        self.name = "body"

    def energy(self):
        return 0.5 * self.mass * (self.x * self.x + self.y * self.y)


def main():
    v = Vec(1.0, 2.0, 2.0)
    print(v, v.norm())
    w = v.add(Vec(0.5, -0.0, 1e300))
    print(w, w.norm())
    w.scale(10.0)
    print(w)
    s = Vec(0.0, -0.0, math.inf - math.inf)
    print(s, math.copysign(1.0, s.y), s.z == s.z)
    print(str(s), s.shown, v.shown + 1.0)

    acc = Vec(0.0, 0.0, 0.0)
    for i in range(2000):
        acc = acc.add(Vec(i * 0.5, -i * 0.25, 1.0 / (i + 1)))
    print(acc)

    b = Body(3.0, 4.0, 0.0, 2.0)
    print(b.energy(), b.norm(), b.name, b)
    b.scale(0.5)
    print(b.energy(), b)

    many = [Vec(i * 1.0, i * -1.0, i / 7.0) for i in range(300)]
    total = 0.0
    for item in many:
        item.scale(2.0)
        total += item.norm()
    print(round(total, 6), many[-1])


main()
