# A class body that reads names (decorators, builtins, globals) is still a
# typed class; a `classmethod` receiving the class object, a subclass
# inference does not type, and `type(self)` in a method bound twice all
# keep CPython's behaviour.
SCALE = 3


class Shape:
    sides = len("abcd")
    unit = SCALE * 2

    def __init__(self, size):
        self.size = size

    @property
    def area(self):
        return self.size * self.size

    @staticmethod
    def describe(n):
        return f"{n} sides"

    @classmethod
    def unit_shape(cls):
        return cls(1)

    def grow(self, k):
        return type(self)(self.size * k)

    scaled = grow

    def __repr__(self):
        return f"{type(self).__name__}({self.size})"


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__(size)
        self.kind = "square"


class Odd(Shape):
    def __init__(self, size, *, label="odd"):
        super().__init__(size)
        self.label = label


s = Shape(2)
print(s.area, s.sides, s.unit, Shape.describe(s.sides), s.grow(3), s.scaled(2))
print(Shape.unit_shape(), Square.unit_shape(), Odd.unit_shape(), Odd(5).label)
q = Square.unit_shape().grow(4)
print(q, q.area, q.kind, type(q).__name__)
o = Odd(2, label="x").scaled(3)
print(o, o.area, o.label, isinstance(o, Shape))
total = 0.0
for shape in [Shape(1.5), Square(2), Odd(3)]:
    total += shape.area
print(total)
