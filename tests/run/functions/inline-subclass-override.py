# Small methods inlined at calls on known classes: a subclass overriding
# the method, a subclass inheriting it, receivers that are one of several
# classes, and super() calling the base's small method.


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w

    def double(self):
        return self.area() * 2.0


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Shape):
    pass


class Tall(Rect):
    def area(self):
        return super().area() + 1.0


def total(shapes):
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


print(Shape(2.0).area(), Rect(2.0, 3.0).area(), Square(4.0).area())
print(Shape(2.0).double(), Rect(2.0, 3.0).double(), Tall(1.0, 2.0).double())
print(total([Shape(1.0), Rect(1.0, 2.0), Square(3.0), Tall(2.0, 2.0)]))
print(total([Rect(float(i), 0.5) for i in range(10)]))
