# Float attributes held unboxed and read again in the same block: a read
# after a store sees the stored value, a store through another name for the
# same object (or to another object) is seen, `/=` after reads of the same
# attribute, NaN and -0.0 values.
import math


class F:
    def __init__(self, x):
        self.x = x
        self.y = x * 2.0

    def grow(self, v):
        a = self.x * self.x
        self.x = v
        b = self.x
        self.y = self.x
        self.x = a + 1.0
        return a + self.x + self.x, b, self.y

    def norm(self):
        n = math.sqrt(self.x * self.x + self.y * self.y)
        self.x /= n
        self.y /= n
        return self.x * self.x + self.y * self.y


def alias(r, s):
    a = r.x + r.y
    s.x = 7.0
    return a, r.x + r.x, s.x


def main():
    f = F(3.0)
    print(f.grow(2.0), f.grow(0.5), f.x, f.y)
    g = F(1.5)
    print(g.grow(float("nan")), g.grow(-0.0), g.x, g.y)
    print(round(F(3.0).norm(), 12), round(F(-4.0).norm(), 12))
    h = F(1.0)
    print(alias(h, h), alias(h, F(0.5)), h.x)


main()
