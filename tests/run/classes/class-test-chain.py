# A method call on a receiver of several classes is a chain of class tests
# that share one type-word load: checks receivers of every class in the
# chain, subclasses (overriding and not), small and big ints, None, bools,
# strings, receivers made by calls, methods shadowed by instance attributes,
# and the same receiver tested again in later blocks.


class Shape:
    def area(self):
        return 0

    def name(self):
        return "shape"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def name(self):
        return "square"


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Tall(Rect):
    def name(self):
        return "tall"


class Plain(Shape):
    pass


def make(i):
    kinds = [Square(i), Rect(i, 2), Tall(1, i), Plain()]
    return kinds[i % 4]


def total(shapes):
    out = 0
    names = []
    for s in shapes:
        out += s.area()
        names.append(s.name())
        if s.area() > 10:
            names.append(s.name().upper())
    return out, names


def made(n):
    out = []
    for i in range(n):
        s = make(i)
        out.append((s.name(), s.area()))
    return out


def anything(values):
    out = []
    for v in values:
        try:
            out.append(v.area())
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


shapes = [Square(3), Rect(2, 5), Tall(4, 4), Plain(), Square(2**70)]
print(total(shapes))
print(made(9))
odd = Square(5)
odd.area = lambda: "shadowed"
print(anything([Square(1), Rect(1, 2), 5, 2**80, None, True, "s", odd, Plain()]))
print(anything([Tall(3, 3), -1, 0.5]))
