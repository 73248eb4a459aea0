# Class attributes bound once to a constant and read through instances:
# typed from the constant when nothing stores the name, and still right
# when an instance shadows the name, a class store replaces it, a subclass
# overrides it, or it is deleted.


class Gen:
    MODULUS = 139968
    SCALE = 2.5
    LABEL = "gen"
    ON = True

    def __init__(self, seed):
        self.seed = seed

    def next(self, limit):
        self.seed = (self.seed * 3877 + 29573) % self.MODULUS
        return limit * self.seed / self.MODULUS * self.SCALE

    def tag(self):
        return self.LABEL + ":" + str(self.ON)


g = Gen(42)
total = 0.0
for _ in range(1000):
    total += g.next(1.0)
print(round(total, 6), g.seed, g.tag())


class Base:
    STEP = 3

    def advance(self, x):
        return x + self.STEP


class Child(Base):
    STEP = 10


class Other(Base):
    STEP = 1.5


print(Base().advance(1), Child().advance(1), Other().advance(1))


class Shadowed:
    LIMIT = 5

    def bound(self):
        return self.LIMIT * 2


s = Shadowed()
print(s.bound())
s.LIMIT = "ab"
print(s.bound())


class Replaced:
    WIDTH = 4

    def area(self):
        return self.WIDTH * self.WIDTH


r = Replaced()
print(r.area())
Replaced.WIDTH = 2.5
print(r.area())


class Removed:
    SIZE = 7

    def size(self):
        return self.SIZE


class RemovedChild(Removed):
    SIZE = 8


rc = RemovedChild()
print(rc.size())
del RemovedChild.SIZE
print(rc.size())


class Twice:
    N = 1
    N = "one"

    def n(self):
        return self.N * 2


print(Twice().n())


def set_through(obj, value):
    obj.COUNT = value


class Counted:
    COUNT = 0

    def count(self):
        return self.COUNT + 1


c = Counted()
print(c.count())
set_through(c, 41)
print(c.count())
try:
    set_through(c, "x")
    print(c.count())
except TypeError as e:
    print("TypeError:", e)
