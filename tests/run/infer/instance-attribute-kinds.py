# Instance inference: attribute kinds join every store in the program, so
# stores of several kinds, stores through a receiver of unknown type, a
# class-level store, a deleted attribute and an attribute never set behave
# as in CPython.


class P:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x + self.x


p = P(1.5)
q = P(2)
print(p.double(), q.double())
p.x = "ab"
print(p.double())


def poke(obj, value):
    obj.x = value


r = P(0.25)
print(r.double())
poke(r, [1])
print(r.double())


# Never set: AttributeError, like CPython.
class Empty:
    def __init__(self):
        self.a = 1.0


e = Empty()
try:
    print(e.b)
except AttributeError as exc:
    print("AttributeError:", exc)

# Deleted: AttributeError again.
del e.a
try:
    print(e.a + 1.0)
except AttributeError as exc:
    print("AttributeError:", exc)
e.a = 3.0
print(e.a * 2.0)


# A class-level store is seen by instances without their own.
class Defaults:
    def __init__(self):
        self.own = 1.0


Defaults.shared = 2
dd = Defaults()
print(dd.own + dd.shared)
dd.shared = 0.5
print(dd.own + dd.shared)


# A property with the name a subclass stores to.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9.0 / 5.0 + 32.0


t = Temp(100.0)
print(t.f)
try:
    t.f = 3.0
except AttributeError as exc:
    print("AttributeError:", exc)


# Classes with hooks are left alone.
class Lazy:
    def __init__(self):
        self.real = 1.0

    def __getattr__(self, name):
        return name + "!"


lz = Lazy()
print(lz.real + 1.0, lz.missing)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


s = Slotted(1.5)
print(s.a * 2.0)
try:
    s.b = 1
except AttributeError as exc:
    print("AttributeError:", exc)


# An attribute set only on some paths.
class Maybe:
    def __init__(self, flag):
        if flag:
            self.v = 2.0


print(Maybe(True).v * 2.0)
try:
    print(Maybe(False).v)
except AttributeError as exc:
    print("AttributeError:", exc)


# A subclass instance stores its own kinds.
class Base:
    def __init__(self, v):
        self.v = v

    def twice(self):
        return self.v * 2


class Child(Base):
    pass


print(Base(1.5).twice(), Child("ab").twice(), Child(3).twice())
