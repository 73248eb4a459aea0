# Attribute loads, stores and method calls at one site seeing many classes,
# and class changes at run time that must be visible at sites already run.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def show(self):
        return "Base.show " + str(self.v)

    def get(self):
        return self.v


class Left(Base):
    def __init__(self, v):
        self.extra = 0
        super().__init__(v)

    def show(self):
        return "Left.show " + str(self.v)


class Right(Base):
    kind = "right"


class Far(Right):
    def __init__(self, v):
        self.a = 1
        self.b = 2
        self.c = 3
        Base.__init__(self, v)


def visit(objs):
    out = []
    for o in objs:
        out.append((o.v, o.kind, o.show(), o.get()))
        o.v = o.v + 1
    return out


objs = [Base(1), Left(2), Right(3), Far(4), Left(5), Base(6)]
for _ in range(3):
    print(visit(objs))

# Replacing a method on the class.
def new_show(self):
    return "patched " + str(self.v)


Base.show = new_show
print(visit(objs))
# Replacing a class attribute and shadowing it on one instance.
Base.kind = "changed"
objs[0].kind = "own"
print(visit(objs))
del objs[0].kind
print(visit(objs))
# Monkey-patching a method on one instance only.
objs[1].show = lambda: "instance lambda"
print(visit(objs))
del objs[1].show
print(visit(objs))
objs[2].get = lambda: "instance get"
print(visit(objs))
# Deleting a method from a subclass exposes the base's.
del Left.show
print(visit(objs))
Right.get = lambda self: "Right.get"
print(visit(objs))


# A site that sees instances, modules, builtins and classes.
import sys


class HasPi:
    maxsize = 3


def read_size(x):
    return x.maxsize


for thing in [sys, HasPi, HasPi(), sys, HasPi()]:
    print(read_size(thing))
HasPi.maxsize = 4
print(read_size(HasPi()), read_size(HasPi))


# Properties and __getattr__ next to plain attributes.
class Prop:
    def __init__(self):
        self.raw = 2

    @property
    def double(self):
        return self.raw * 2

    def __getattr__(self, name):
        return "missing " + name


def reads(o):
    return o.raw, o.double, o.nothing


p = Prop()
for _ in range(2):
    print(reads(p))
p.raw = 5
print(reads(p))
p.nothing = "present"
print(reads(p))
Prop.double = property(lambda self: -self.raw)
print(reads(p))


# A data descriptor added to the class after a site cached a plain attribute.
class Plain:
    def __init__(self):
        self.x = 1


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


pl = Plain()
for i in range(3):
    write_x(pl, i)
    print(read_x(pl))
Plain.x = property(lambda self: "prop", lambda self, v: print("setter", v))
write_x(pl, 10)
print(read_x(pl), pl.__dict__)


# __setattr__ defined after stores were cached.
class Watched:
    def __init__(self):
        self.n = 0


def bump(w):
    w.n = w.n + 1


w = Watched()
for _ in range(3):
    bump(w)
print(w.n)


def loud(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Watched.__setattr__ = loud
bump(w)
print(w.n)


# Classes created in a loop: each gets its own layout.
def make(i):
    class K:
        def __init__(self):
            if i % 2:
                self.p = i
                self.q = -i
            else:
                self.q = -i
                self.p = i

        def both(self):
            return self.p, self.q

    return K


for i in range(4):
    k = make(i)()
    print(k.both(), k.__dict__)
