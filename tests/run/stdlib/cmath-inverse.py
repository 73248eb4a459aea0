# cmath's inverse functions: CPython's digits, branch cuts with signed zeros, special values and errors.
import cmath
import math

VALUES = [0.0, -0.0, 1e-300, 1e-8, 0.5, -0.5, 1.0, -1.0, 2.0, -3.7, 1e10, 1e200, -1e308, math.inf, -math.inf, math.nan]
FUNCS = [cmath.acos, cmath.asin, cmath.atan, cmath.acosh, cmath.asinh, cmath.atanh]


def show(v):
    # repr hides the sign of a zero's sibling nan; print signs of zeros explicitly.
    parts = []
    for p in (v.real, v.imag):
        if p == 0.0:
            parts.append("-0" if math.copysign(1.0, p) < 0 else "+0")
        else:
            parts.append(repr(p))
    return "(" + parts[0] + ", " + parts[1] + ")"


for f in FUNCS:
    print(f.__name__)
    for x in VALUES:
        row = []
        for y in VALUES:
            try:
                row.append(show(f(complex(x, y))))
            except ValueError as e:
                row.append("ValueError:" + str(e))
        print(" ", repr(x), " ".join(row))

# Real and integer arguments, and the cuts approached from either side.
print(cmath.acos(2), cmath.asin(-2), cmath.atan(0.5), cmath.acosh(0), cmath.asinh(3), cmath.atanh(0.25))
print(cmath.asin(complex(2.0, 0.0)), cmath.asin(complex(2.0, -0.0)))
print(cmath.acosh(complex(-2.0, 0.0)), cmath.acosh(complex(-2.0, -0.0)))
print(cmath.atan(complex(0.0, 2.0)), cmath.atan(complex(-0.0, 2.0)))
z = complex(0.3, -0.7)
print(cmath.sin(cmath.asin(z)), cmath.tanh(cmath.atanh(z)), cmath.cos(cmath.acos(z)))
for bad in (1.0, -1.0):
    try:
        cmath.atanh(bad)
    except ValueError as e:
        print("atanh", bad, "ValueError", e)
for bad in (1j, -1j):
    try:
        cmath.atan(bad)
    except ValueError as e:
        print("atan", bad, "ValueError", e)
try:
    cmath.acos("x")
except TypeError as e:
    print("TypeError", e)
