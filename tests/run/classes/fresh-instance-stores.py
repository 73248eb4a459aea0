# Stores into an instance just made in the same block (an inlined
# `__init__`): attributes set in and out of layout order, some never set,
# set again, the instance escaping to code that changes it between two
# stores, raw float slots with NaN, infinities and -0.0, subclasses adding
# attributes, a constructor raising half-way, and attributes added later.
import math


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2


class Backwards:
    def __init__(self, a, b, c):
        self.c = c
        self.b = b
        self.a = a


class Partial:
    def __init__(self, flag):
        self.first = 1
        if flag:
            self.second = 2
        self.third = 3


class Again:
    def __init__(self, v):
        self.v = v
        self.w = v + 1
        self.v = v * 10
        self.w = self.v + self.w


seen = []


def meddle(obj):
    seen.append((hasattr(obj, "early"), hasattr(obj, "after"), hasattr(obj, "late")))
    obj.late = "late"
    del obj.early


class Escapes:
    def __init__(self):
        self.early = 1
        meddle(self)
        self.after = 2


class Holder:
    def __init__(self):
        self.ref = None


class Linked:
    def __init__(self, holder, n):
        self.n = n
        holder.ref = self
        self.m = n + 1


class Floats:
    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.s = a + b


class Base:
    def __init__(self, n):
        self.n = n
        self.twice = n * 2


class Derived(Base):
    def __init__(self, n):
        self.extra = -n
        super().__init__(n)
        self.last = n + 100


partials = []


class Raises:
    def __init__(self, n):
        partials.append(self)
        self.a = n
        self.b = 10 // n
        self.c = n + 1


class Quad:
    def __init__(self, i):
        f = float(i)
        self.w = f * 0.5
        self.x = f + 1.0
        self.y = f - 2.0
        self.z = f / 4.0


def show(obj, *names):
    """The named attributes, `-` for a missing one (no `vars`, which would
    give every class a dict instead of fixed slots)."""
    parts = []
    for name in names:
        try:
            value = {
                "a": lambda: obj.a, "b": lambda: obj.b, "c": lambda: obj.c,
                "d": lambda: obj.d, "s": lambda: obj.s, "n": lambda: obj.n,
                "m": lambda: obj.m, "v": lambda: obj.v, "w": lambda: obj.w,
                "x": lambda: obj.x, "y": lambda: obj.y, "z": lambda: obj.z,
                "first": lambda: obj.first, "second": lambda: obj.second,
                "third": lambda: obj.third, "early": lambda: obj.early,
                "after": lambda: obj.after, "late": lambda: obj.late,
                "extra": lambda: obj.extra, "twice": lambda: obj.twice,
                "last": lambda: obj.last,
            }[name]()
            parts.append(f"{name}={value!r}")
        except AttributeError:
            parts.append(f"{name}=-")
    return ", ".join(parts)


def main():
    for i in range(3):
        p = Point(i)
        print(f"{p.x:.6f} {p.y:.6f} {p.z:.6f}")
    b = Backwards(1, 2, 3)
    print(show(b, "a", "b", "c"), b.a + b.b + b.c)
    for flag in (True, False):
        q = Partial(flag)
        print(show(q, "first", "second", "third"), hasattr(q, "second"))
        try:
            print(q.second)
        except AttributeError as e:
            print("AttributeError:", e)
        q.second = "later"
        print(show(q, "first", "second", "third"))
    a = Again(4)
    print(show(a, "v", "w"))
    e = Escapes()
    print(seen, show(e, "early", "after", "late"))
    h = Holder()
    link = Linked(h, 7)
    print(h.ref is link, show(link, "n", "m"))
    nan = float("nan")
    inf = float("inf")
    fl = Floats(nan, -0.0, inf, -inf)
    print(show(fl, "a", "b", "c", "d", "s"), math.copysign(1.0, fl.b), fl.s != fl.s)
    fl2 = Floats(1.5, 2.5, 0.0, -0.0)
    print(show(fl2, "a", "b", "c", "d", "s"))
    d = Derived(5)
    print(show(d, "extra", "n", "twice", "last"))
    for n in (2, 0):
        try:
            r = Raises(n)
            print("made", show(r, "a", "b", "c"))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e, show(partials[-1], "a", "b", "c"))
    total = 0.0
    for i in range(5):
        qd = Quad(i)
        total += qd.w + qd.x + qd.y + qd.z
        if i == 3:
            print(show(qd, "w", "x", "y", "z"))
    print(total)
    o = Quad(8)
    o.extra = "extra"
    del o.x
    o.x = 99
    print(show(o, "w", "x", "y", "z", "extra"))
    o2 = Backwards(7, 8, 9)
    o2.a = "first again"
    print(show(o2, "a", "b", "c"))


main()
