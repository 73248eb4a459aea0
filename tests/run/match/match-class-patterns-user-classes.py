# Checks class patterns with user classes: keyword patterns, positional
# patterns through __match_args__, subclasses, and CPython's TypeErrors for
# bad __match_args__, repeated attributes and too many sub-patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z > 0:
            return f"above ({x}, {y}, {z})"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case NoArgs():
            return "no args"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -1),
          NoArgs(), "x"]:
    print(where(p))
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as err:
    print(err)
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as err:
    print(err)
try:
    match Point(1, 2):
        case Point(1, x=2):
            pass
except TypeError as err:
    print(err)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as err:
    print(err)
