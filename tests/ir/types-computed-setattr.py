# A `setattr` with a computed name is a solver decision: it makes the
# attributes of the classes whose instances it may receive `obj` (here
# `Point`, passed to `store`), and `--emit types` says where; `Other`,
# which no such store reaches, keeps its float attribute.
# emit: types


class Point:
    def __init__(self, x):
        self.x = x


class Other:
    def __init__(self, y):
        self.y = y


def store(obj, name, value):
    setattr(obj, name, value)


p = Point(1.5)
store(p, "x", 2.5)
o = Other(0.5)
print(p.x, o.y * 2.0)
