# Unary `-` and `~` on ints: inline ints at the edges of the 63-bit inline
# range (the negation of the least one needs a big int), big ints, bools,
# floats, ints of unknown type, and a subclass's and a class's own
# __neg__ / __invert__, plus the TypeError of an unsupported operand.
import sys

LO = -(1 << 62)
HI = (1 << 62) - 1


def neg(x):
    return -x


def inv(x):
    return ~x


values = [0, 1, -1, 2, -2, 12345, -12345, HI, LO, HI - 1, LO + 1, HI + 1, LO - 1,
          1 << 63, -(1 << 63), 1 << 100, -(1 << 100)]
for v in values:
    print(v, -v, ~v, neg(v), inv(v), -(-v) == v, ~~v == v, type(-v).__name__)

total = 0
for i in range(-5, 6):
    total += -i * 3 + ~i
    print(i, -i, ~i, i & -i, i & ~i, -i & 7)
print(total)

# The bit tricks of a backtracking search.
full = (1 << 10) - 1
free = full & ~(0b101 | 0b10000)
bits = []
while free:
    bit = free & -free
    free ^= bit
    bits.append(bit)
print(bits)

# Not ints: a bool, a float, objects.
print(-True, ~True, -False, ~False, -2.5, -(0.0))


class MyInt(int):
    def __neg__(self):
        return "neg"

    def __invert__(self):
        return "inv"


class Thing:
    def __neg__(self):
        return "thing neg"

    def __invert__(self):
        return "thing inv"


mixed = [3, MyInt(4), Thing(), True, 1.5, 1 << 70]
for m in mixed:
    print(-m)
    if not isinstance(m, float):
        print(~m)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(-"s")
except TypeError as e:
    print("TypeError:", e)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
print(-n, ~n, -(n << 61), ~(n << 61), -(-(1 << 62) + n - n))
