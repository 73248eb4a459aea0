# Checks the float functions of `math` (issue #4) over many inputs, edge
# cases included, against CPython's results to the last bit, and their
# "math domain error" / "math range error" exceptions.
import math

values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3, -7, 0.1, 1e-300, 5e-324,
          1e300, 710.0, -800.0, 123.456, math.pi, math.e, math.inf, -math.inf, math.nan, True]
names = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
         "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
         "fabs", "degrees", "radians", "erf", "erfc", "ulp"]


def attempt(func, *args, **kwargs):
    try:
        return repr(func(*args, **kwargs))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)


for name in names:
    func = getattr(math, name)
    print(name, [attempt(func, v) for v in values])

# The C library's `cbrt` is not correctly rounded and differs between
# platforms (x86_64 and aarch64 glibc), in CPython too: exact cubes only.
print([math.cbrt(v) for v in [0.0, -0.0, 1.0, -8, 27.0, 1e300, 0.125, math.inf, -math.inf]])

for name in ["isfinite", "isinf", "isnan"]:
    func = getattr(math, name)
    print(name, [func(v) for v in values])

pairs = [(2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (-0.0, -3.0), (10, 400), (2, -1074), (1.0, math.nan),
         (math.nan, 0), (math.inf, -2), (-math.inf, 3), (-math.inf, 2), (0.5, math.inf),
         (2.0, -math.inf), (-1.0, math.inf), (7.5, 2), (-7.5, 2), (1e308, 10), (5, 0), (0, 0)]
for name in ["pow", "atan2", "copysign", "fmod", "nextafter", "log"]:
    func = getattr(math, name)
    print(name, [attempt(func, a, b) for a, b in pairs])

print([attempt(math.log, 10 ** k, b) for k in [1, 30, 400] for b in [2, 10, 0.5]])
print([attempt(math.log2, 2 ** k) for k in [0, 1, 52, 53, 1023, 1024, 5000]])
print([attempt(math.log10, 10 ** k) for k in [0, 5, 22, 23, 308, 309, 1000]])
print([attempt(math.log, -(10 ** 400)), attempt(math.log, 0), attempt(math.log, True)])
print(attempt(math.sqrt, 10 ** 400), attempt(math.sqrt, "x"), attempt(math.sqrt, None))
print([attempt(math.ldexp, x, i) for x in [1.0, -3.5, 0.0, math.inf] for i in [0, 5, -1080, 2000, 10 ** 30, -10 ** 30]])
print(attempt(math.ldexp, 1.0, 2.0))
print([math.frexp(v) for v in [0.0, -0.0, 1.0, 3.5, -1e-310, 1e308, math.inf]])
print([math.modf(v) for v in [0.0, -3.0, 3.25, -3.25, 1e20, math.inf, -math.inf]])
print(math.modf(math.nan), math.frexp(math.nan))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print([math.isclose(a, b) for a, b in [(1.0, 1.0 + 1e-10), (1.0, 1.1), (0.0, 1e-10), (math.inf, math.inf), (math.inf, 1e308)]])
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(a=1, b=1))
print(attempt(math.isclose, 1, 1, rel_tol=-1), attempt(math.isclose, 1), attempt(math.isclose, 1, 2, 3))
print(attempt(math.sqrt), attempt(math.atan2, 1), attempt(math.log), attempt(math.log, 1, 2, 3), attempt(math.pow, 1))
print(attempt(math.log, 1, 1), attempt(math.log, 0.5, 0), attempt(math.copysign, 1, "a"))


class Meters:
    def __float__(self):
        return 4.0


class Count:
    def __index__(self):
        return 9


print(math.sqrt(Meters()), math.sqrt(Count()), math.exp(False))
