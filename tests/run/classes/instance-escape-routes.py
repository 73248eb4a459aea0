# Instances that reach code inference does not follow still get their
# arithmetic methods run by operators whose operands have unknown types:
# a mixed list, a function called through its object, a bound method, a
# property, a dunder bound to a helper function, the class
# of an unknown value, a global read back through its module, a generator,
# a closure, a computed attribute, `max` and `sum`. Each route has its own
# class, so one route's escape cannot hide another's.
import sys


def make_class(name):
    class Num:
        def __init__(self, v):
            self.v = v

        def __add__(self, other):
            return type(self)(self.v + (other.v if isinstance(other, Num) else other))

        def __radd__(self, other):
            return type(self)(other + self.v)

        def __lt__(self, other):
            return self.v < other.v

        def __repr__(self):
            return f"{name}({self.v})"

    return Num


class C1:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return C1(self.v + other)


for x in [1, C1(2)]:
    print("mixed list", (x + 10).v if isinstance(x, C1) else x + 10)


class C2:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + other


def make2():
    return C2(3)


f2 = [make2][0]
print("function object", f2() + 1)


class C3:
    def __init__(self, v):
        self.v = v

    def me(self):
        return self

    def __add__(self, other):
        return self.v * 100 + other


bound = C3(4).me
print("bound method", bound() + 1)


class C4:
    def __init__(self, v):
        self.v = v

    @property
    def me(self):
        return self

    def __add__(self, other):
        return self.v - other


print("property", C4(5).me + 1)


def _show(self):
    return "C5<" + str(self + 0) + ">"


class C5:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + other + 1000

    __repr__ = _show


print("dunder helper", C5(6))


class C7:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return C7(self.v * other)


for x in [2, C7(3)]:
    y = type(x)(5) + 2
    print("class of unknown", y if isinstance(y, int) else y.v)


class C8:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + other + 80


g8 = C8(8)
print("module global", sys.modules[__name__].g8 + 1)


class C10:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + other + 10


def gen10():
    yield C10(1)


for item in gen10():
    print("generator", item + 1)


class C11:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + other + 11


def outer11():
    c = C11(2)

    def inner():
        return c

    return [inner][0]


print("closure", outer11()() + 1)


class C12:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + other + 12


class Holder:
    pass


h = Holder()
h.item = C12(3)
print("computed attribute", getattr(h, "it" + "em") + 1)

N13 = make_class("N13")
print("max", max(N13(1), N13(4)) + 1)
N14 = make_class("N14")
print("sum", sum([N14(1), N14(2)], N14(0)))
print("str %", "%s and %r" % (C1(9).v, N14(3)))
