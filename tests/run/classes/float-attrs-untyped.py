# Float attributes read and written through receivers of unknown type (a
# list of mixed objects) and by constant name (getattr / hasattr /
# setattr): such attributes keep boxed slots; the results match CPython.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def grow(self, k):
        self.x = self.x * k
        self.y = self.y * k


class Body(Vec):
    def __init__(self, x, y, mass):
        super().__init__(x, y)
        self.mass = mass


def main():
    mixed = [Vec(1.5, 2.5), Body(1.0, 1.0, 4.0), "text"]
    for m in mixed:
        if isinstance(m, Vec):
            m.x = m.x + 0.25
            m.grow(2.0)
            print(m.x, m.y, getattr(m, "y"), hasattr(m, "mass"))
    v = Vec(-0.0, 3.0)
    setattr(v, "y", getattr(v, "y") / 2.0)
    v.grow(-1.0)
    print(v.x, v.y)
    b = Body(2.0, 0.5, 10.0)
    b.grow(0.5)
    print(b.x, b.y, b.mass)


main()
