# Classes: __init__, instance and class attributes, methods, attributes added later, type names.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
q = p.moved(1)
print(q.x, q.y, q.moved(dy=2, dx=0).y)
p.label = "origin-ish"
print(p.label)
print(type(p).__name__, p.__class__.__name__, Point.__name__, Point.__qualname__)
print(type(p) is Point, isinstance(p, Point), isinstance(3, Point))
print(Point, type(Point))
Point.dims = 3
print(p.dims, q.dims)
p.dims = 10
print(p.dims, q.dims, Point.dims)
m = p.norm2
print(m())
f = Point.norm2
print(f(q))
print(p.__dict__)
print(Point.__module__)
try:
    p.z
except AttributeError as e:
    print(e)
try:
    Point.z
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)


class Empty:
    pass


e = Empty()
e.a = 1
print(e.a, hasattr(e, "a"), hasattr(e, "b"), getattr(e, "b", 5))
setattr(e, "b" + "c", 7)
print(e.bc, getattr(e, "b" + "c"))
try:
    Empty(1)
except TypeError as err:
    print(err)


class Bad:
    def __init__(self):
        return 1


try:
    Bad()
except TypeError as err:
    print(err)
