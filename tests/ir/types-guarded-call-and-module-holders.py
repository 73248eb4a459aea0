# A computed `setattr` makes module-level calls guarded (direct while the
# global holds the `def`'s function); one that reaches only an instance,
# as here, cannot rebind a global, so inference folds the guard (`$call9`
# keeps `pick`'s list kind). The load of the global the guard compared
# never reaches the original, so `scale`'s original stays unreached
# (`never`); `Point` is typed (its body's read of `_m` asks the namespace
# first, which hands out nothing) and escapes through the computed
# `setattr`, so `Point.x` is `obj`. Module objects stay known through
# `from m import name`, a class
# body's name lookup and a global that holds a module on one path only,
# so the computed `getattr` reaches the escaped classes alone: `Other.y`
# stays `float`.
# emit: types
import math as _m
from math import sqrt

try:
    import math as fallback
except ImportError:
    fallback = None


class Point:
    unit = _m.pi

    def __init__(self, x):
        self.x = x


class Other:
    def __init__(self, y):
        self.y = y


def scale(p, k):
    return p.x * k


def pick(items, name):
    return [getattr(i, name) for i in items]


p = Point(1.5)
setattr(p, "x" if fallback else "z", 2.5)
o = Other(0.5)
print(scale(p, 2.0), sqrt(o.y * 8.0), pick([p, "a"], "__cla" + "ss__"))
