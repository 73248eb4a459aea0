# `--emit types` says what left every class untyped: one `vars()` anywhere
# in the program (here in `fields`) defeats the instance analysis, so
# `Point.x` gets no attribute kind.
# emit: types


class Point:
    def __init__(self, x):
        self.x = x


def fields(obj):
    return vars(obj)


p = Point(1.5)
print(fields(p))
