# __getattr__ fallback, __setattr__ overrides, __slots__ restrictions, nested classes, getattr/setattr/hasattr with computed names.
class Config:
    def __init__(self):
        self.values = {"host": "localhost", "port": 8080}

    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"no setting {name}")


c = Config()
print(c.host, c.port, getattr(c, "po" + "rt"), hasattr(c, "missing"))
try:
    c.missing
except AttributeError as e:
    print(e)


class Tracked:
    def __init__(self):
        self.x = 1

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


t = Tracked()
t.y = 2
print(t.x, t.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(1)
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    Slotted(1).b
except AttributeError as e:
    print(e)


class Outer:
    class Inner:
        def hello(self):
            return "inner hello"

    def make(self):
        return Outer.Inner()


i = Outer().make()
print(i.hello(), type(i).__name__, type(i).__qualname__, Outer.Inner.__qualname__)
print(Outer.Inner, repr(Outer.Inner.hello.__qualname__))


class Point:
    pass


p = Point()
for name, value in [("x", 1), ("y", 2)]:
    setattr(p, name, value)
print(p.x + p.y, getattr(p, "x"), hasattr(p, "y"), getattr(p, "z", None))


class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1
        self.id = Counter.total


a, b = Counter(), Counter()
print(a.id, b.id, Counter.total, a.total)


class WithList:
    shared = []

    def __init__(self):
        self.own = []


w1, w2 = WithList(), WithList()
w1.shared.append(1)
w1.own.append(2)
print(w2.shared, w2.own, WithList.shared is w1.shared)
