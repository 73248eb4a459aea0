# Checks attribute reads of native modules through the generic path (the
# module's name table): math constants in a loop, getattr with computed
# names, hasattr of a missing name, and sys attributes.
import math
import sys


def area_sum(n):
    total = 0.0
    for i in range(n):
        total += math.pi * i * i
        if total > math.inf:
            break
    return total


names = ["pi", "e", "tau", "inf", "sqrt", "floor", "nan_missing", "gcd"]
for name in names:
    value = getattr(math, name, None)
    print(name, hasattr(math, name), value if isinstance(value, float) else type(value).__name__)
print(area_sum(100), math.e * 2, math.tau / 2 == math.pi, -math.inf < 0)
print(sys.maxsize > 2**62, type(sys.argv).__name__, getattr(sys, "byteorder"))
