# Instance inference: `a + b` on instances whose class's operator methods
# have their copies before the first solve is a direct call from the start,
# so the attributes the results fill stay float (no operator method original
# is reachable with `obj` operands) and `at` computes on native floats.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


def main():
    p = Ray(Vec(0.0, 1.0), Vec(1.0, 2.0)).at(3.0)
    return p.x + p.y


print(main())
# flags: --no-inline
