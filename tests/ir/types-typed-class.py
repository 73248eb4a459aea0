# `--emit types` of a program with no reflective use: the class's
# attributes get kinds (compare types-untyped-reason).
# emit: types


class Point:
    def __init__(self, x):
        self.x = x


def show(obj):
    return obj.x


print(show(Point(1.5)))
