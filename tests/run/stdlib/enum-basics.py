# enum: members with name/value, repr and str, lookup by value and by
# name, iteration in definition order with aliases skipped, len and in,
# __members__, auto, IntEnum and StrEnum behaving as their data types,
# mixins, methods and properties on members, __init__ with tuple values,
# _missing_, unique, identity comparisons, hashing, and the errors.
from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON.name, list(Color.__members__))
print(Color.RED in Color, Color.RED.describe(), Color.RED.is_warm, Color.default(), Color, type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), {Color.RED: "r"}[Color.CRIMSON])
print(isinstance(Color.RED, Color), [c.name for c in reversed(Color)], f"{Color.BLUE}", "%s" % Color.RED)
for thunk in [lambda: Color(9), lambda: Color["PINK"], lambda: Color.RED < Color.BLUE]:
    try:
        print(thunk())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = 10
    THU = auto()

print(list(Weekday), [d.value for d in Weekday])

class Level(IntEnum):
    LOW = 1
    HIGH = 3

print(Level.LOW, repr(Level.HIGH), Level.LOW + 1, Level.HIGH > Level.LOW, Level.LOW == 1, sorted([Level.HIGH, Level.LOW]))
print(f"{Level.HIGH}", str(Level.LOW), int(Level.HIGH), [0, 1, 2, 3][Level.HIGH], Level(3), isinstance(Level.LOW, int))

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"

print(Mode.READ, repr(Mode.WRITE), Mode.WRITE == "w", Mode("w"), Mode.READ.upper(), f"[{Mode.READ}]")

class Shape(str, Enum):
    SQUARE = "sq"
    CIRCLE = "ci"

print(Shape.SQUARE, repr(Shape.CIRCLE), Shape.SQUARE == "sq", Shape("ci"), Shape.SQUARE.value)

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e23, 2.4397e6)))

class Status(Enum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None

print(Status("404"), Status(200))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
