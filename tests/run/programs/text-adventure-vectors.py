# A text adventure driven by match on commands, __init_subclass__, __getattr__, __radd__ with sum, __hash__ = None
class Room:
    registry = {}
    def __init__(self, name, desc, **exits):
        self.name, self.desc, self.exits = name, desc, exits
        self.items = []
        Room.registry[name] = self
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.kind = cls.__name__.lower()
    def __str__(self):
        ex = ", ".join(sorted(self.exits))
        return f"{self.name}: {self.desc} [exits: {ex}]" + (f" items={self.items}" if self.items else "")

class DarkRoom(Room):
    def __str__(self):
        return f"{self.name}: it is dark" if not Game.current.has("lamp") else super().__str__()

class Game:
    current = None
    def __init__(self, start):
        self.room = Room.registry[start]
        self.inventory = set()
        self.moves = 0
        self.state = "playing"
        Game.current = self
    def has(self, item): return item in self.inventory
    def __call__(self, command):
        self.moves += 1
        match command.split():
            case ["go", direction] if direction in self.room.exits:
                self.room = Room.registry[self.room.exits[direction]]
                if self.room.name == "vault":
                    self.state = "won"
                return str(self.room)
            case ["go", direction]:
                return f"cannot go {direction}"
            case ["take", item] if item in self.room.items:
                self.room.items.remove(item)
                self.inventory.add(item)
                return f"took {item}"
            case ["take", *_]:
                return "nothing like that"
            case ["inv" | "inventory"]:
                return f"carrying {sorted(self.inventory) or 'nothing'}"
            case ["look"]:
                return str(self.room)
            case ["quit"]:
                self.state = "quit"
                return "bye"
            case []:
                return "say something"
            case [verb, *rest]:
                return f"unknown verb {verb!r} ({len(rest)} args)"

hall = Room("hall", "a long hall", north="library", east="cellar")
lib = Room("library", "dusty books", south="hall")
lib.items += ["lamp", "book"]
DarkRoom("cellar", "damp", west="hall", down="vault")
Room("vault", "gold!")
g = Game("hall")
for cmd in ["look", "go east", "go north", "go west", "go north", "take lamp", "take sword", "", "inv",
            "dance wildly now", "go south", "go east", "go down"]:
    print(f"> {cmd:<18}{g(cmd)}")
    if g.state != "playing":
        break
print(g.state, g.moves, DarkRoom.kind, Room.registry["cellar"].kind if hasattr(Room, "kind") else "-", type(Room.registry["cellar"]).__name__)

class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __iter__(self): return iter(self.c)
    def __getattr__(self, name):
        idx = "xyz".find(name)
        if idx < 0 or idx >= len(self.c):
            raise AttributeError(f"Vec has no {name}")
        return self.c[idx]
    def __repr__(self): return f"Vec{self.c}"
    def __abs__(self): return sum([a * a for a in self.c]) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    __hash__ = None

vs = [Vec(1, 2), Vec(3, 4), Vec(-1, 0)]
print(sum(vs), abs(Vec(3, 4)), Vec(1, 2).y, list(Vec(5, 6, 7)), Vec(1) == Vec(1))
try:
    Vec(1, 2).z
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vec(1) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Vec(1))
except TypeError as e:
    print("TypeError:", e)
x, *rest = Vec(9, 8, 7)
print(x, rest, max(vs, key=abs), sorted(vs, key=lambda v: v.x))
