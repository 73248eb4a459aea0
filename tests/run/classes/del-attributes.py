# del obj.attr and delattr(): instance attributes, properties with deleters, user descriptors' __delete__, custom __delattr__, class attributes, slots, exceptions, error messages
class A:
    shared = "class"
    def __init__(self):
        self.x = 1
        self.shared = "instance"
    @property
    def p(self):
        return "p"

a = A()
del a.x
print(hasattr(a, "x"), a.shared)
del a.shared
print(a.shared)
for attempt in [lambda: delattr(a, "x"), lambda: delattr(a, "p"), lambda: delattr(A, "missing"),
                lambda: delattr(1, "zz"), lambda: delattr([], "append"), lambda: delattr(a, 3)]:
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Temp:
    def __init__(self):
        self._c = 20
        self.log = []
    @property
    def c(self):
        return self._c
    @c.deleter
    def c(self):
        self.log.append("reset")
        self._c = 0

t = Temp()
del t.c
print(t.c, t.log)

class Tracked:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return obj.__dict__.get(self.name, "unset") if obj is not None else self
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)

class Guarded:
    value = Tracked()
    def __delattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"cannot delete private {name}")
        print("__delattr__", name)
        super().__delattr__(name)

g = Guarded()
g.value = 5
g._secret = 1
del g.value
print(g.value)
try:
    del g._secret
except AttributeError as e:
    print("AttributeError:", e)
g.other = 2
del g.other
print(sorted(g.__dict__))

class Config:
    debug = True
    level = 3
del Config.debug
print(hasattr(Config, "debug"), Config.level)
c = Config()
try:
    del c.level
except AttributeError as e:
    print("AttributeError:", e)

class Base:
    def __repr__(self):
        return "Base!"
class Derived(Base):
    def __repr__(self):
        return "Derived!"
d = Derived()
print(repr(d))
del Derived.__repr__
print(repr(d))

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
del s.a
for attempt in [lambda: delattr(s, "a"), lambda: delattr(s, "zz")]:
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e)

class MyError(Exception):
    pass
e = MyError("m")
e.code = 7
del e.code
print(hasattr(e, "code"))
try:
    del e.code
except AttributeError as err:
    print("AttributeError:", err)
items = [A(), A()]
del items[0].x, items[1].x
print([hasattr(i, "x") for i in items])
