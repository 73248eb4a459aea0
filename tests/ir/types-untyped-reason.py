# `--emit types` says what left every class untyped: one `getattr` with a
# computed name anywhere in the program (here in `show`) defeats the
# instance analysis, so `Point.x` gets no attribute kind.
# emit: types


class Point:
    def __init__(self, x):
        self.x = x


def show(obj, name):
    return getattr(obj, name)


print(show(Point(1.5), "x"))
