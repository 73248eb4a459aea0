# A hand-written record class (__eq__/__hash__/__repr__), unit conversions with classmethods, a JSON-like printer with match-based visitors
class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} positional arguments but {len(args)} were given")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing {', '.join(missing)}")
        for k, v in values.items():
            setattr(self, k, v)
    def astuple(self):
        return tuple([getattr(self, f) for f in self.fields])
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.astuple() == other.astuple()
    def __hash__(self):
        return hash((type(self).__name__,) + self.astuple())
    def __repr__(self):
        inner = ", ".join([f"{f}={getattr(self, f)!r}" for f in self.fields])
        return f"{type(self).__name__}({inner})"
    def replace(self, **changes):
        d = {f: getattr(self, f) for f in self.fields}
        d.update(changes)
        return type(self)(**d)

class Point(Record):
    fields = ("x", "y")
class Person(Record):
    fields = ("name", "age", "email")

p = Point(1, y=2)
print(p, p == Point(1, 2), p != Point(2, 1), p == (1, 2), len({p, Point(1, 2), Point(0, 0)}))
print(Person("Ann", 30, email="a@x.org").replace(age=31))
for args, kw in [((1, 2, 3), {}), ((1,), {"x": 5}), ((), {"x": 1}), ((1, 2), {"z": 0})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)

class Length:
    FACTORS = {"m": 1.0, "km": 1000.0, "ft": 0.3048, "in": 0.0254, "mi": 1609.344}
    def __init__(self, meters):
        self.meters = meters
    @classmethod
    def of(cls, value, unit):
        try:
            return cls(value * cls.FACTORS[unit])
        except KeyError:
            raise ValueError(f"unknown unit {unit!r}") from None
    @staticmethod
    def units():
        return sorted(Length.FACTORS, key=Length.FACTORS.get)
    def to(self, unit):
        return self.meters / self.FACTORS[unit]
    def __add__(self, o): return Length(self.meters + o.meters)
    def __truediv__(self, k): return Length(self.meters / k)
    def __repr__(self): return f"Length({self.meters:.4g} m)"
    def __lt__(self, o): return self.meters < o.meters

print(Length.units())
d = Length.of(5, "km") + Length.of(3, "mi")
print(d, f"{d.to('ft'):,.1f} ft", round(d.to("in")), d / 4)
print(sorted([Length.of(1, "mi"), Length.of(1, "km"), Length.of(1000, "in")]))
try:
    Length.of(3, "parsec")
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)

class Visitor:
    def visit(self, v, depth=0):
        match v:
            case bool() | None:
                return self.scalar({True: "true", False: "false", None: "null"}[v])
            case int() | float():
                return self.scalar(repr(v))
            case str():
                return self.scalar('"' + v.replace('"', '\\"') + '"')
            case dict():
                return self.mapping(v, depth)
            case list() | tuple():
                return self.sequence(v, depth)
            case _:
                raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")
    def scalar(self, text): return text

class Pretty(Visitor):
    def __init__(self, indent=2):
        self.indent = indent
    def mapping(self, d, depth):
        if not d:
            return "{}"
        pad = " " * (self.indent * (depth + 1))
        items = [f'{pad}"{k}": {self.visit(v, depth + 1)}' for k, v in d.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * (self.indent * depth) + "}"
    def sequence(self, s, depth):
        return "[" + ", ".join([self.visit(x, depth + 1) for x in s]) + "]"

class Compact(Pretty):
    def mapping(self, d, depth):
        return "{" + ",".join([f'"{k}":{self.visit(v, depth)}' for k, v in d.items()]) + "}"

doc = {"name": "typhon", "ok": True, "n": None, "vals": [1, 2.5, "a\"b"], "nested": {"e": {}, "t": (1, False)}}
print(Pretty().visit(doc))
print(Compact().visit(doc))
try:
    Pretty(4).visit({"bad": {1, 2}})
except TypeError as e:
    print(e)
