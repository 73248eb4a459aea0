# Attribute hooks stored on a class after its statement (`C.__setattr__ =
# f`), `object.__setattr__` / `object.__delattr__` written out, and frozen
# dataclasses next to classes inference types.
import dataclasses


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Logged:
    def __init__(self, v):
        self.v = v


class LoggedChild(Logged):
    def bump(self):
        self.v = self.v + 1


def log_store(self, name, value):
    print("store", type(self).__name__, name, value)
    object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)


def log_delete(self, name):
    print("delete", name)
    object.__delattr__(self, name)


def install(cls):
    cls.__setattr__ = log_store
    cls.__delattr__ = log_delete


a = Logged(1)
install(Logged)
b = Logged(2)
print(a.v, b.v)
c = LoggedChild(5)
c.bump()
print(c.v)
del c.v
print(hasattr(c, "v"))
a.w = 3.5
print(a.w)

class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self.n


installers = [install, print]
made = Counter()
made.tick()
installers[0](Counter)
print(made.tick(), Counter().tick())

p = Point(3.0, 4.0)
print(p.norm2())
object.__setattr__(p, "x", 6.0)
print(p.norm2())
for name in ("x", "y"):
    object.__setattr__(p, name, 1.5)
print(p.norm2(), p.x, p.y)


class Plain:
    pass


q = Plain()
object.__setattr__(q, "tag", "t")
print(q.tag)
object.__delattr__(q, "tag")
print(hasattr(q, "tag"))
try:
    object.__setattr__(q, 5, 1)
except TypeError as e:
    print("TypeError", e)


@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "x"


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)))
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
try:
    del f.b
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)


class Sub(Frozen):
    pass


s = Sub(2, "y")
s.extra = 5
print(s.extra, s)
try:
    s.a = 3
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)


class Base:
    def __setattr__(self, name, value):
        print("Base hook", name)
        object.__setattr__(self, name, value)


@dataclasses.dataclass(frozen=True)
class OnBase(Base):
    k: int


class Below(OnBase):
    pass


o = Below(7)
o.more = 1
print(o.k, o.more)
try:
    @dataclasses.dataclass(frozen=True)
    class Clash:
        z: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print("TypeError", e)
