# A hook stored on a class (`cls.__setattr__ = f`, as dataclasses' frozen
# classes do) and `object.__setattr__` written out no longer leave the
# whole program untyped: the hook reaches the classes its receiver may be
# (`Guarded`, its stores then take the protocol and its instances
# escape), so `Point` keeps its float attributes; `--emit types` says
# where the hook was stored.
# emit: types


class Guarded:
    def __init__(self, a):
        self.a = a


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def refuse(self, name, value):
    if name == "a" and hasattr(self, "a"):
        raise AttributeError("read-only")
    object.__setattr__(self, name, value)


def guard(cls):
    cls.__setattr__ = refuse


guard(Guarded)
p = Point(3.0, 4.0)
g = Guarded(1)
g.b = 2.5
print(p.norm2(), g.b)
