# dataclasses: generated __init__/__repr__/__eq__, defaults and
# default_factory, order, frozen (with FrozenInstanceError), unsafe_hash,
# __post_init__, inheritance, kw_only, field(repr=False, compare=False),
# InitVar, asdict/astuple/replace/fields/is_dataclass, and the errors the
# generated __init__ and the decorator raise.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError, InitVar

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

a = Item("pen", 1.5)
a.tags.append("office")
print(a, Item("cup"), a == Item("pen", 1.5, ["office"]), a != Item("pen"))
print(Item.__match_args__, [f.name for f in fields(Item)], is_dataclass(a), is_dataclass(Item), is_dataclass(1))
print(asdict(a), astuple(a), replace(a, price=2.0), Item.__hash__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)

v = Version(1, 2, "rc")
print(v, Version(1) < Version(1, 1), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
print({Version(1): "one"}[Version(1)], v == Version(1, 2, "other"))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del v.minor
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.width * self.height

print(Rect(2, 3), Rect(2, 3).area)

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    def total(self):
        return self.x + self.y + self.z

d = Derived(5, z=7)
print(d, d.total(), isinstance(d, Base), asdict(d))

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int

print(Options(level=3), Options(level=1, verbose=True))

@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.value *= scale

print(WithInit(5), WithInit(5, 10))

@dataclass(unsafe_hash=True)
class Key:
    k: str

print(hash(Key("a")) == hash(("a",)), Key("a") in {Key("a")})

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return "Custom!"
    def __eq__(self, other):
        return True

print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)

for thunk in [lambda: Item(), lambda: Item("a", 1, [], 4), lambda: Item("a", color=1), lambda: Item("a", name="b"),
              lambda: Options(), lambda: replace(a, nope=1), lambda: asdict(1), lambda: fields(5)]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True)
    class Bad3:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
