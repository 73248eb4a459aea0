# `<<` of ints: inline ints whose result stays inline, results that need a
# big int by one bit (the edge of the 63-bit inline range), negative
# values, counts of 0, 62, 63, 64 and more, a negative count (ValueError),
# big ints, bools and floats on either side, and `<<=`.
import sys

LO = -(1 << 62)
HI = (1 << 62) - 1


def shl(a, b):
    return a << b


for a in [0, 1, -1, 3, -3, 5, HI, LO, HI >> 1, LO >> 1, (HI >> 1) + 1, (LO >> 1) - 1, 1 << 40, -(1 << 40)]:
    print(a, [shl(a, c) for c in (0, 1, 2, 21, 22, 23, 61, 62, 63, 64, 100)])

x = 1
for i in range(70):
    x <<= 1
    if i % 10 == 9 or i > 60:
        print(i, x, type(x).__name__)

y = -1
for i in range(70):
    y = y << 1
print(y)
print(True << 3, False << 5, 3 << True, (1 << 100) << 2, 7 << (1 << 3))
for bad in [(1, -1), (1 << 70, -2), (0, -1)]:
    try:
        print(shl(*bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(1.5 << 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(shl(2, 1.0))
except TypeError as e:
    print("TypeError:", e)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 61
print(1 << n, 3 << n, -3 << n, (1 << n) << 1, -(1 << n) << 1)
