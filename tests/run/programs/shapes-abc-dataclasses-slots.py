# A small class hierarchy: abc abstract base, dataclasses (order, frozen, field defaults), __slots__, properties with setters, functools.total_ordering, __repr__/__eq__/__hash__ interplay.
import abc
import functools
import math
from dataclasses import dataclass, field, asdict, replace

class Shape(abc.ABC):
    __slots__ = ("name",)
    def __init__(self, name):
        self.name = name
    @abc.abstractmethod
    def area(self): ...
    @property
    def kind(self):
        return type(self).__name__.lower()
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

@functools.total_ordering
class Circle(Shape):
    __slots__ = ("_r",)
    def __init__(self, name, r):
        super().__init__(name)
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, value):
        if value <= 0:
            raise ValueError(f"radius must be positive, got {value}")
        self._r = value
    def area(self):
        return math.pi * self._r ** 2
    def __eq__(self, other):
        if not isinstance(other, Circle):
            return NotImplemented
        return self._r == other._r
    def __lt__(self, other):
        if not isinstance(other, Circle):
            return NotImplemented
        return self._r < other._r
    __hash__ = None

class Square(Shape):
    __slots__ = ("side",)
    def __init__(self, name, side):
        super().__init__(name)
        self.side = side
    def area(self):
        return self.side ** 2

@dataclass(order=True, frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)

@dataclass
class Drawing:
    title: str
    shapes: list = field(default_factory=list)
    origin: Point = Point(0, 0)
    count: int = field(init=False, default=0)
    def add(self, shape):
        self.shapes.append(shape)
        self.count += 1
        return self

try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
c1, c2, c3 = Circle("a", 1), Circle("b", 2.5), Circle("c", 1)
print(c1, c2, c1 == c3, c1 != c2, c1 < c2, c2 >= c1, c1 <= c3, c2 > c3)
print(sorted([c2, c1, c3], reverse=True))
try:
    hash(c1)
except TypeError as e:
    print("TypeError:", e)
try:
    c1.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c1.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(c1.kind, Square("s", 3).kind, hasattr(c1, "__dict__"))
print(Circle.__slots__, Square("q", 2))
p, q = Point(3, 4), Point(0)
print(p, q, p.dist(q), p > q, sorted([p, q, Point(1, 1)]))
try:
    p.x = 9
except Exception as e:
    print(type(e).__name__, e)
print(replace(p, y=0), asdict(p), hash(p) == hash(Point(3, 4)))
d = Drawing("doc").add(c1).add(Square("sq", 2))
print(d.count, d.title, d.origin, len(d.shapes))
print(d)
print(Drawing("x") == Drawing("x"), Drawing("x") == Drawing("y"))
