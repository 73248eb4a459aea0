# A `getattr` with a name computed at run time leaves the classes typed
# when its receiver can never be one of the program's instances or
# classes (here only ever a str): `Point.x` keeps its kind `float`. One
# that may reach them makes every name reachable instead
# (run/classes/computed-getattr-typed-classes).
# emit: types


class Point:
    def __init__(self, x):
        self.x = x


def method_of(text, name):
    return getattr(text, name)


print(Point(1.5).x, method_of("abc", "up" + "per")())
