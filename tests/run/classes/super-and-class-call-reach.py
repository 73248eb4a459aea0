# Which method originals a super object or `x.__class__(...)` may reach:
# super() from a class that is not typed (a dict subclass, a class with two
# bases) finds methods of typed classes only through classes named as bases;
# super(D, x) in a typed class finds D's base chain; `x.__class__(args)`
# makes an instance through the protocol; an attribute named like a str
# method ("center") is loaded through an `obj` receiver.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def shifted(self, dx):
        return Point(self.x + dx, self.y)

    def twin(self):
        return self.__class__(self.y, self.x)


class Counted(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.hits = 0


class Base:
    def __init__(self, tag):
        self.tag = tag

    def describe(self):
        return "Base(" + str(self.tag) + ")"


class Middle(Base):
    def __init__(self, tag, extra):
        super().__init__(tag)
        self.extra = extra

    def describe(self):
        return "Middle/" + super().describe()


class Mixin:
    def describe(self):
        return "Mixin/" + super().describe()


class Both(Mixin, Middle):
    pass


class Shape:
    def __init__(self, center, size):
        self.center = center
        self.size = size


def text_center(s, width):
    return s.center(width)


p = Point(1.5, 2.5)
q = p.twin()
print(q.x, q.y, type(q).__name__)
r = q.shifted(1.0)
print(r.x, r.y)
c = Counted({"a": 1})
print(c, c.hits)
m = Middle(3, "e")
print(m.describe(), m.extra)
b = Both(4, "f")
print(b.describe(), b.tag, b.extra)
s = Shape(Point(0.0, 1.0), 2)
print(s.center.x, s.size, text_center("ab", 6) + "|")
things = [s, "xy"]
for t in things:
    if isinstance(t, Shape):
        print(type(t.center).__name__, t.center.y)
    else:
        print(t.center(6) + "|")
made = [v.__class__(9, 8) for v in [p, r]]
print([(v.x, v.y) for v in made])
