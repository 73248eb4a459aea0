# A method original reached through the attribute protocol (a receiver of
# unknown kind, a dunder the runtime calls) still knows its `self` when
# only one known class can hold the method; a method inherited by several
# classes, or one called through the class object with anything as
# `self`, keeps `obj`.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __str__(self):
        return "Vec(%s, %s)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __len__(self):
        return 2


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name + " with area " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return round(3.14159 * self.r * self.r, 3)


class Loose:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Fake:
    v = "fake v"


def anything(x):
    return x


def main():
    items = [Vec(1.5, 2.0), Vec(3, 4), "not a vec"]
    for item in items:
        if isinstance(item, Vec):
            print(item.norm2(), str(item), len(item), item == Vec(3, 4))
    shapes = [Square(2), Circle(1.0), Square(1.5)]
    for s in shapes:
        print(s.describe(), s.area())
    f = anything(Pt)
    print(f(0.5, 0.25).norm2())
    print(Loose.get(Fake()), Loose(7).get())


main()
