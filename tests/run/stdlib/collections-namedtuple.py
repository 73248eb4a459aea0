# collections.namedtuple: construction by position and keyword, defaults,
# field access and indexing, unpacking, _fields/_replace/_asdict/_make,
# repr, tuple behaviour, subclassing, rename, and the argument errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
q = Point(x=3, y=4)
print(p, q, p.x, q.y, p[0], p[-1], len(p))
x, y = q
print(x, y, p + q, p == (1, 2), p < q, hash(p) == hash((1, 2)), list(p))
print(Point._fields, p._replace(y=20), p._asdict(), Point._make([5, 6]), Point._make(range(2)))
print(isinstance(p, tuple), type(p).__name__, Point.__name__, sorted([q, p]), max(p))
Employee = namedtuple("Employee", ["name", "title", "salary"], defaults=["staff", 100])
print(Employee("ann"), Employee("bob", "boss"), Employee._field_defaults)
Row = namedtuple("Row", "id, label", rename=False)
print(Row(7, "seven"), Row._fields)
Renamed = namedtuple("Renamed", ["a", "def", "a", "_x"], rename=True)
print(Renamed._fields)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def norm(self):
        return abs(self.x) + abs(self.y)

v = Vec(1, -2) + Vec(3, 3)
print(v, v.norm(), Vec._fields, isinstance(v, tuple))
match p:
    case Point(x=1, y=yy):
        print("matched", yy)
attempts = [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point(1, x=2), lambda: p._replace(z=1), lambda: Point._make([1]),
            lambda: namedtuple("Bad", "x x"), lambda: namedtuple("Bad", "class"),
            lambda: namedtuple("Bad", "_x"), lambda: namedtuple("1Bad", "x")]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
