# setattr / delattr / getattr with names computed at run time, in a program
# whose classes inference types: stores through an escaped instance, a
# known instance and a class object (replacing a method and a dunder), a
# delete, reads on obj receivers, and a module reached by a computed name.
import sys


class Config:
    def __init__(self, host, port):
        self.host = host
        self.port = port

    def url(self):
        return self.host + ":" + str(self.port)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    def __repr__(self):
        return "Counter(" + str(self.n) + ")"


class Plain:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2.0


def apply(target, pairs):
    for name, value in pairs:
        setattr(target, name, value)
    return target


def names_of(kind):
    return ["host", "port", "extra"] if kind else ["n"]


c = Config("localhost", 80)
apply(c, [("port", 8080), ("extra", [1, 2])])
print(c.url(), c.extra)
things = [c, Counter(), "text"]
for t in things:
    for name in ["host", "n", "upper"]:
        print(name, getattr(t, name, None) is not None)
k = Counter()
k.bump()
for name in names_of(False):
    setattr(k, name, 41)
print(k.bump(), k)
field = "b" + "ump"
setattr(Counter, field, lambda self: -1)
print(k.bump(), Counter().bump())
setattr(Counter, "__re" + "pr__", lambda self: "patched")
print(k, repr(Counter()))
delattr(c, "ex" + "tra")
print(hasattr(c, "extra"), c.url())
p = Plain(1.5)
print(p.double())
setattr(p, "d" + "ouble", lambda: "instance attribute wins")
print(p.double(), Plain(2.0).double())
module = sys.modules[__name__]
setattr(module, "LATE" + "_GLOBAL", 99)
print(getattr(module, "LATE_GLOBAL"), module.LATE_GLOBAL)
