# `--emit types` says what left every class untyped: one `setattr` with a
# computed name anywhere in the program (here in `store`) defeats the
# instance analysis, so `Point.x` gets no attribute kind.
# emit: types


class Point:
    def __init__(self, x):
        self.x = x


def store(obj, name, value):
    setattr(obj, name, value)


p = Point(1.5)
store(p, "x", 2.5)
print(p.x)
