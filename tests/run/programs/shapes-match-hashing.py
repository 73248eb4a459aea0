# A shape hierarchy: __eq__/__hash__ through key tuples, sorting with __lt__, match with class patterns and __match_args__, format specs
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def key(self):
        return (type(self).__name__, round(self.area(), 6))
    def __eq__(self, other):
        return isinstance(other, Shape) and self.key() == other.key()
    def __hash__(self):
        return hash(self.key())
    def __lt__(self, other):
        return self.area() < other.area()
    def __str__(self):
        return f"{self.name}: area={self.area():.3f} perim={self.perimeter():.3f}"

class Circle(Shape):
    __match_args__ = ("r",)
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.141592653589793 * self.r ** 2
    def perimeter(self):
        return 2 * 3.141592653589793 * self.r

class Rect(Shape):
    sides = 4
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

def classify(s):
    match s:
        case Circle(r) if r > 5:
            return "big circle"
        case Circle():
            return "circle"
        case Square(w=w):
            return f"square {w}"
        case Rect(w, h) if w == h:
            return "square-ish rect"
        case Rect(w, h):
            return f"rect {w}x{h}"
        case _:
            return "unknown"

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(10), Rect(3, 2), Rect(2, 2), Square(2)]
for s in sorted(shapes):
    print(f"{str(s):<45} {classify(s):<15} sides={s.sides}")
print(len(set(shapes)), Rect(2, 3) == Rect(3, 2), Square(2) == Rect(2, 2), Square(2) == Square(2))
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s)
print({k: len(v) for k, v in sorted(by_kind.items())})
print(sorted(shapes, key=lambda s: (-s.sides, s.perimeter()))[0].name, max(shapes).name, min(shapes, key=Shape.perimeter).name)
print([isinstance(s, Rect) for s in shapes], [issubclass(type(s), (Circle, Square)) for s in shapes])
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
total = 0
for s in shapes:
    total += s.area()
print(f"{total:.4f}", f"{total:10.2e}", f"{total:_.2f}", f"{-total:+,.1f}")
