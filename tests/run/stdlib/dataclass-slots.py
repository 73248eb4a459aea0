# `@dataclass(slots=True)` makes a new class with `__slots__` for the fields
# (instances have no `__dict__`, unknown attributes are refused), keeping the
# generated methods, defaults and the class's qualified name; inherited slots
# are not repeated.
from dataclasses import dataclass, fields


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(slots=True, frozen=True)
class Tagged:
    tag: str


@dataclass(slots=True)
class Point3(Point):
    z: int = 0


p = Point(3, -4)
print(p, p.norm1(), Point.__slots__, hasattr(p, "__dict__"), Point.__qualname__)
try:
    p.w = 1
except AttributeError as exc:
    print("AttributeError:", exc)
print(Point(1) == Point(1, 0), [f.name for f in fields(Point)])
t = Tagged("a")
try:
    t.tag = "b"
except Exception as exc:
    print(type(exc).__name__, exc)
q = Point3(1, 2, 3)
print(q, Point3.__slots__, q.norm1())
