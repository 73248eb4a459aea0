# Flag and IntFlag: zero-valued members, KEEP of unknown and negative bits,
# the TypeErrors of mixing with ints, hashing and lookup.
from enum import Flag, IntFlag, auto, Enum
class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    APPEND = 8
print(repr(Open.RDONLY), list(Open), Open.WRONLY | Open.APPEND, repr(Open.WRONLY | Open.APPEND))
print(Open(9) is (Open.WRONLY | Open.APPEND), repr(Open(3)), Open.RDONLY.name, bool(Open.RDONLY))
class Shape(Flag):
    NONE = 0
    ROUND = auto()
    SHARP = auto()
print(repr(Shape.NONE), repr(Shape(0)), list(Shape), Shape.ROUND | Shape.SHARP)
print(repr(Shape.ROUND & Shape.SHARP), Shape.NONE is Shape(0), len(Shape.NONE))
try:
    Perm = Shape.ROUND | 1
except TypeError as e:
    print('TypeError', e)
try:
    print(1 in Shape.ROUND)
except TypeError as e:
    print('TypeError', e)
print(isinstance(Shape.ROUND, Enum), type(Shape.ROUND | Shape.SHARP).__name__, hash(Shape.ROUND) == hash(Shape.ROUND))
print(sorted(Open.__members__), Open.APPEND.value, Open['RDWR'], Shape['ROUND'])
print({Shape.ROUND: 1, Shape.ROUND | Shape.SHARP: 2}[Shape(3)])
print(repr(Open(-1)), repr(~Open.WRONLY))
