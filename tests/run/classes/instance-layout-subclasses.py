# Subclasses and their layouts: attributes set by base-class methods on
# subclass instances, subclasses adding attributes in other orders,
# shadowing class attributes, __slots__ bases, and many instances.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name
        self.area = 0

    def describe(self):
        return f"{self.name}: sides={self.sides} area={self.area}"


class Square(Shape):
    sides = 4

    def __init__(self, side):
        self.side = side
        super().__init__("square")
        self.area = side * side


class Tri(Shape):
    def __init__(self, base, height):
        super().__init__("tri")
        self.sides = 3
        self.area = base * height / 2


class Odd(Square):
    def __init__(self):
        Shape.__init__(self, "odd")
        self.side = -1


shapes = [Shape("blob"), Square(3), Tri(4, 5), Odd(), Square(2), Tri(1, 1)]
for shape in shapes:
    print(shape.describe(), shape.__dict__)
print(Shape.sides, Square.sides, Tri.sides)
for shape in shapes:
    shape.area = shape.area + 1
print([s.area for s in shapes])
Tri.sides = 30
Shape.sides = 10
print([s.sides for s in shapes])


class WithSlots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


class Free(WithSlots):
    def __init__(self):
        super().__init__()
        self.z = 3


f = Free()
print(f.x, f.y, f.z)
f.w = 4
print(f.w, f.z)
w = WithSlots()
print(w.x, w.y)
try:
    w.z = 3
except AttributeError as e:
    print("AttributeError:", e)


# The first instance of a class grows its slots out of line; later ones get
# them inline.
class Wide:
    def __init__(self, k):
        for i in range(12):
            setattr(self, "f" + str(i), i * k)


wides = [Wide(k) for k in range(5)]
print([sum(getattr(w, "f" + str(i)) for i in range(12)) for w in wides])
print(list(wides[0].__dict__)[:3], list(wides[4].__dict__)[-3:])
wides[1].f3 = "three"
del wides[2].f11
wides[2].extra = True
print(wides[1].f3, wides[2].__dict__.get("f11"), wides[2].extra, len(wides[2].__dict__))


# Many instances of a small class.
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


pairs = [Pair(i, -i) for i in range(2000)]
total = 0
for p in pairs:
    p.a += 1
    total += p.a + p.b
print(total, pairs[1999].__dict__)
