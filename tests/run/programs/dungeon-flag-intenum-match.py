# A text-adventure state machine: enum.Flag inventory (|, &, ~, in, iteration, bool), IntEnum levels in arithmetic and comparisons, Enum with methods and _missing_, match with class patterns (positional via __match_args__, keyword), or-patterns, guards, captures and sequence patterns over parsed commands.
from dataclasses import dataclass
from enum import Enum, Flag, IntEnum, auto


class Item(Flag):
    NONE = 0
    LAMP = auto()
    KEY = auto()
    SWORD = auto()
    MAP = auto()
    LIGHT_KIT = LAMP | MAP


class Danger(IntEnum):
    SAFE = 0
    LOW = 1
    HIGH = 3
    DEADLY = 5


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name.lower() == value.lower():
                    return member
        return None

    def opposite(self):
        return {Dir.NORTH: Dir.SOUTH, Dir.SOUTH: Dir.NORTH,
                Dir.EAST: Dir.WEST, Dir.WEST: Dir.EAST}[self]


@dataclass
class Go:
    direction: Dir


@dataclass
class Take:
    item: Item


@dataclass
class Use:
    item: Item
    target: str = ""


@dataclass
class Look:
    pass


@dataclass
class Quit:
    reason: str = "bye"


class Room:
    def __init__(self, name, danger, items=Item.NONE, needs=Item.NONE):
        self.name, self.danger, self.items, self.needs = name, danger, items, needs
        self.exits = {}

    def link(self, direction, other):
        self.exits[direction] = other
        other.exits[direction.opposite()] = self


def parse(line):
    words = line.lower().split()
    match words:
        case []:
            return None
        case ["go" | "walk", where] | [("n" | "s" | "e" | "w") as where]:
            try:
                return Go(Dir(where))
            except ValueError:
                return f"no direction {where!r}"
        case ["take" | "get", name] if name.upper() in Item.__members__:
            return Take(Item[name.upper()])
        case ["use", name, "on", *rest]:
            return Use(Item[name.upper()], " ".join(rest))
        case ["use", name]:
            return Use(Item[name.upper()])
        case ["look" | "l"]:
            return Look()
        case ["quit", *why]:
            return Quit(" ".join(why) or "bye")
        case _:
            return f"unknown command {line!r}"


class Game:
    def __init__(self):
        hall = Room("hall", Danger.SAFE, Item.LAMP)
        cellar = Room("cellar", Danger.LOW, Item.KEY | Item.MAP, needs=Item.LAMP)
        vault = Room("vault", Danger.HIGH, Item.SWORD, needs=Item.KEY)
        lair = Room("lair", Danger.DEADLY, needs=Item.SWORD | Item.LAMP)
        hall.link(Dir.SOUTH, cellar)
        cellar.link(Dir.EAST, vault)
        vault.link(Dir.NORTH, lair)
        self.room, self.bag, self.hp, self.turns = hall, Item.NONE, 10, 0

    def step(self, cmd):
        self.turns += 1
        match cmd:
            case None:
                return "..."
            case str(message):
                return message
            case Go(direction=d) if d not in self.room.exits:
                return f"no exit {d.name.lower()} from the {self.room.name}"
            case Go(d):
                nxt = self.room.exits[d]
                missing = nxt.needs & ~self.bag
                if missing:
                    names = "+".join(m.name for m in Item if m in missing and m.name != "NONE")
                    return f"the {nxt.name} needs {names}"
                self.room = nxt
                self.hp -= int(nxt.danger) - (1 if Item.SWORD in self.bag else 0)
                return f"you enter the {nxt.name} (danger {nxt.danger.name}, hp {self.hp})"
            case Take(item) if item in self.room.items:
                self.bag |= item
                self.room.items &= ~item
                return f"taken {item.name}; bag={self.bag!r}"
            case Take(item):
                return f"no {item.name} here"
            case Use(Item.MAP, _):
                return "map: " + ", ".join(f"{d.value}->{r.name}" for d, r in self.room.exits.items())
            case Use(item, target) if item in self.bag:
                return f"you use the {item.name.lower()}" + (f" on {target}" if target else "")
            case Use(item):
                return f"you have no {item.name.lower()}"
            case Look():
                here = [m.name for m in Item if m and m in self.room.items]
                return f"{self.room.name}: items {here}, exits {sorted(d.name for d in self.room.exits)}"
            case Quit(reason=why):
                raise SystemExit(why)


script = """look
take lamp
go south
s
take key
take map
use map
e
take sword
use sword on the dragon
go north
take gold
walk up
dance
n
quit all done
"""
game = Game()
try:
    for line in script.splitlines():
        print(f"> {line:<24}", game.step(parse(line)))
except SystemExit as exc:
    print("quit:", exc.code, "after", game.turns, "turns")
print("bag:", game.bag, bool(game.bag), Item.LIGHT_KIT in game.bag, list(Item.LIGHT_KIT))
print(Danger.HIGH + 1, Danger.LOW < Danger.HIGH, max(Danger), Danger(3), sorted(Danger, reverse=True)[:2])
print(Dir("north"), Dir("e"), [d.opposite().value for d in Dir])
print(Item(3), Item(0), repr(Item.KEY | Item.SWORD), Item.SWORD.value)
try:
    Dir("up")
except ValueError as exc:
    print("ValueError:", exc)
