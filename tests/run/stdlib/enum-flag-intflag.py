# enum.Flag and enum.IntFlag: auto values, combining with | & ^ ~, names
# of combined values, iteration, len, in, STRICT/KEEP boundaries, repr/str.
from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm.R), str(Perm.X))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(repr(~Perm.R), repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.R), Perm(6))
print(Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W))
print(list(Perm.R | Perm.X), len(Perm.R | Perm.X), list(Perm), len(Perm))
print([c.value for c in Color], repr(Color.WHITE), list(Color.WHITE), Color(7) is Color.WHITE)
print(repr(Color.RED | Color.GREEN), (Color.RED | Color.GREEN).name, (Color.RED | Color.GREEN).value)
print(Perm(0).name, Perm.R.name, format(Perm.R), f'{Perm.R | Perm.W}')
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(P.R | P.W), str(P.R | P.W), P.R | 8, repr(P.R | 8), P.R + 1, P(0), repr(P(0)))
print(isinstance(P.R, int), P.R == 4, repr(~P.R), format(P.W, '03d'), repr(P.R & 4), P.R | P.W == 6)
print(hash(P.R) == hash(4), sorted([P.R, P.X, P.W]), repr(P(7)), list(P(7)))
print(Perm.__members__.keys(), Color.__members__.keys())
print(repr(Perm.R|Perm.W|Perm.X), Perm(7) is (Perm.R|Perm.W|Perm.X))
class Bits(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()
print([m.value for m in Bits])
