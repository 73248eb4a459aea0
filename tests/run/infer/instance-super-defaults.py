# Instance inference: direct calls through super() (the method after the
# defining class in the instance's MRO), constant defaults filled in by
# direct calls, a mutable default shared between calls, a replaced
# __defaults__, and __slots__ classes.


class Shape:
    def __init__(self, name, sides=0):
        self.name = name
        self.sides = sides

    def area(self):
        return 0.0

    def describe(self, unit="cm"):
        return self.name + " " + str(self.area()) + unit


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name, 4)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")

    def describe(self, unit="mm"):
        return "[" + super().describe(unit) + "]"


shapes = [Shape("dot"), Rect(2.0, 3.5), Square(1.5)]
for s in shapes:
    print(s.describe(), s.sides)
sq = Square(2.0)
print(sq.area() + 1.0, sq.describe("m"), Rect(1.0, 2.0).describe())


class Bag:
    def __init__(self):
        self.total = 0

    def add(self, item, seen=[]):
        seen.append(item)
        self.total += item
        return len(seen)


b = Bag()
print(b.add(1), b.add(2), Bag().add(3), b.total)


class Scaler:
    def __init__(self):
        self.factor = 2

    def scale(self, x, by=3):
        return x * by * self.factor


sc = Scaler()
print(sc.scale(1.5), sc.scale(2, 4))
Scaler.scale.__defaults__ = (10,)
print(sc.scale(1.5), Scaler().scale(1))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy


p = Point(1.0, 2.0)
q = Point(4.0, 6.0)
print(p.dist2(q))
try:
    p.z = 1.0
except AttributeError as exc:
    print("AttributeError:", exc)


class Half:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


h = Half(1.5)
print(h.a * 2.0)
try:
    print(h.b)
except AttributeError as exc:
    print("AttributeError:", exc)


def typed():
    # The same calls on locals, where inference knows the classes.
    r = Rect(2.0, 0.5)
    s = Square(3.0)
    total = r.area() + s.area()
    p = Point(0.5, 1.5)
    q = Point(2.5, -1.0)
    d = p.dist2(q)
    sc = Scaler()
    bag = Bag()
    bag.add(5)
    return total, s.describe(), r.describe("in"), d, sc.scale(2.0), bag.add(1), bag.total


print(typed())
