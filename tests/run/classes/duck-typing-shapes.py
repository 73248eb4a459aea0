# Duck typing: unrelated classes with the same method names in one list, a shapes hierarchy with abstract-style base.
class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __repr__(self):
        return f"{type(self).__name__}()"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Blob:
    name = "blob"

    def area(self):
        return 1

    def describe(self):
        return "a blob"


shapes = [Circle(1), Rect(2, 3), Square(2), Blob()]
for s in shapes:
    print(s.describe())
print(round(shapes[0].area() + shapes[1].area(), 2))
total = 0
for s in shapes:
    total += s.area()
print(round(total, 3))
largest = shapes[0]
for s in shapes:
    if s.area() > largest.area():
        largest = s
print("largest", largest.name)
print(shapes[:3])
try:
    Shape().describe()
except NotImplementedError as e:
    print("abstract:", e)
for s in shapes:
    print(type(s).__name__, isinstance(s, Shape), isinstance(s, Rect))
