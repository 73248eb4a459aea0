# `--emit types` says what left every class untyped: `getattr` passed
# around as a value anywhere in the program (here in `reader`) defeats the
# instance analysis, so `Point.x` gets no attribute kind.
# emit: types


class Point:
    def __init__(self, x):
        self.x = x


def reader():
    return getattr


p = Point(1.5)
print(p.x, reader()(p, "x"))
