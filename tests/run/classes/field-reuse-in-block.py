# Repeated reads of one attribute in a block (`p.x * p.x`, `p.x /= n` after
# reading `p.x`) reuse the first value only while every attribute access
# took its fast path: a deleted attribute reaches `__getattr__` each time or
# raises, a store through another name for the same object is seen, and
# values stored through the generic path are read back.
import struct


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scale(self, n):
        self.x /= n
        self.y /= n
        return self.x + self.y


class G:
    calls = 0

    def __init__(self, x):
        self.gx = x

    def twice(self):
        return self.gx + self.gx

    def __getattr__(self, name):
        G.calls += 1
        return float(G.calls)


class S:
    def __init__(self):
        self.v = 1.0

    def fill(self):
        return self.v + self.v


class R:
    def __init__(self, x):
        self.x = x
        self.y = x

    def grow(self, odd):
        a = self.x * self.x
        self.x = odd
        b = self.x
        self.y = self.x
        self.x = a + 1.0
        return a, repr(b), self.x + self.x, repr(self.y)


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


def alias_raw(r, s):
    a = r.x + r.y
    s.x = 7.0
    return a, r.x + r.x, s.x


def alias(p):
    q = p
    a = p.x
    q.x = 5.0
    b = p.x
    return a + b, p.x * p.x


def restore(p, odd):
    p.x = odd
    first = p.x
    p.x = 2.0
    return repr(first), p.x + p.x


def main():
    p = P(3.0, 4.0)
    print(p.norm2(), p.scale(2.0), p.x, p.y)
    print(alias(P(1.0, 2.0)))
    odd = struct.unpack("<d", (0x7FF4545950484F4E).to_bytes(8, "little"))[0]
    q = P(1.0, 1.0)
    print(restore(q, odd), q.x, q.y)
    r = R(3.0)
    print(r.grow(float(odd)), r.grow(2.0), r.x, r.y)
    f = F(3.0)
    print(f.grow(2.0), f.grow(float(odd)), f.grow(0.5), f.x, f.y)
    r2 = R(1.0)
    print(alias_raw(r2, r2), alias_raw(r2, R(0.5)))
    g = G(1.5)
    print(g.twice())
    del g.gx
    print(g.twice(), g.twice(), G.calls)
    g.gx = 0.25
    print(g.twice(), G.calls)
    s = S()
    del s.v
    try:
        s.fill()
    except AttributeError as e:
        print("AttributeError", e)
    total = 0.0
    for i in range(1000):
        r = P(float(i), 1.0)
        total += r.norm2() + r.scale(3.0)
    print(round(total, 6))


main()
