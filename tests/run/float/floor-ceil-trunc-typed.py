# `math.floor`, `math.ceil`, `math.trunc` and `int()` of typed floats, which
# convert in line when the result fits an inline int: checks signs, -0.0,
# halves, values near 2**53 and 2**62 (where the in-line range ends), huge
# values that become big ints, and infinities and NaN with CPython's errors.
import math


def conv(x: float):
    return math.floor(x), math.ceil(x), math.trunc(x), int(x)


def scaled(a: float, b: float):
    # Typed arithmetic feeding the conversions, as in a grid lookup.
    return int((a + 1.0) * 0.5 * b), math.floor(a * b), math.ceil(a / b)


VALUES = [
    0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.5, -2.5, 0.3, -0.3,
    0.9999999999999999, -0.9999999999999999, 123456.789, -123456.789,
    2.0 ** 52 + 0.5, -(2.0 ** 52) - 0.5, 2.0 ** 53, -(2.0 ** 53) + 1.0,
    2.0 ** 62 - 1024.0, -(2.0 ** 62) + 1024.0, 2.0 ** 62, -(2.0 ** 62),
    2.0 ** 63, -(2.0 ** 63), 1e300, -1e300, 5e-324, -5e-324,
]

for v in VALUES:
    r = conv(v)
    print(repr(v), r, [type(p).__name__ for p in r])

for a, b in [(0.25, 63.0), (-0.75, 31.0), (0.999, 7.0), (-1.0, 3.0)]:
    print(scaled(a, b))

for bad in [float("inf"), float("-inf"), float("nan")]:
    for f in (math.floor, math.ceil, math.trunc, int):
        try:
            print(f(bad))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        print(conv(bad))
    except (OverflowError, ValueError) as e:
        print("conv", type(e).__name__, e)

total = 0
for i in range(-2000, 2000):
    x = i / 7.0
    total += math.floor(x) * 3 + math.ceil(x) * 5 + int(x) * 7
print(total)
