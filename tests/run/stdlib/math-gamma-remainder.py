# math.gamma and math.lgamma (CPython's Lanczos results bit for bit: small
# integers exact, half-integers, negatives, tiny and huge arguments, poles,
# infinities, NaN) and math.remainder (IEEE remainders, signs, special values).
import math

for x in [1, 2, 5, 10, 20, 23, 24, 0.5, 1.5, 2.5, -0.5, -1.5, 0.1, 3.7, 7.25, 30.5, 100.5, 140.5,
          170.9, 171.5, -3.3, -170.5, -200.5, 1e-300, -1e-300, 1e-10, math.inf, 5e-324]:
    try:
        print(x, repr(math.gamma(x)))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
for x in [1, 2, 3, 0.5, 10, 100, 1e10, 1e300, -0.5, -2.5, 3.3, 0.25, 1000.5, 1e-300, 2.5e305, -1e10 + 0.5,
          -math.inf, math.inf, 0.0, -1.0, -2.0]:
    try:
        print(x, repr(math.lgamma(x)))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
for x in [0, -0.0, -1, -2, -math.inf]:
    try:
        math.gamma(x)
    except ValueError as e:
        print("gamma", x, e)
print(math.isnan(math.gamma(math.nan)), math.isnan(math.lgamma(math.nan)), math.gamma(4.0) == 6)

for x, y in [(10, 3), (11, 3), (-10, 3), (10, -3), (5.5, 2), (6.5, 2), (7.5, 2), (-7.5, 2), (1e300, 3.1),
             (3, math.inf), (-3, math.inf), (0.0, 1), (-0.0, 1), (2, 4), (6, 4), (1, 0.1), (3.0, 2.0)]:
    print(x, y, repr(math.remainder(x, y)))
for x, y in [(math.inf, 1), (1, 0), (1, 0.0), (-math.inf, 2)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print("remainder", x, y, e)
print(math.isnan(math.remainder(math.nan, 1)), math.isnan(math.remainder(1, math.nan)))
try:
    math.remainder(1)
except TypeError as e:
    print("TypeError", e)
