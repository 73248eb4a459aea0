# `setattr` / `getattr` handed out by a return (not called where named)
# can still write and read any attribute: the typed class must not assume
# its attribute stays a float.


class Point:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2


def writer():
    return setattr


def reader():
    return getattr


p = Point(1.5)
print(p.double())
w = writer()
w(p, "x", "ab")
print(p.double(), reader()(p, "x"))
