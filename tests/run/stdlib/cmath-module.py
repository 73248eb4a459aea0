# cmath: sqrt, exp, log, log10, phase, polar, rect, the hyperbolic and circular functions, isclose and the constants, with CPython's digits and errors.
import cmath
import math

values = [
    1 + 2j, -3 + 4j, 0.5 - 0.25j, -1, 2, 0j, -0.0 - 1j, 1e-310 + 1e-310j, 1e300 + 1e300j,
    3.5, complex(0.9, 0.3), -7j,
]
for z in values:
    print("sqrt", z, cmath.sqrt(z))
    print("exp", z, cmath.exp(z) if abs(z.real if isinstance(z, complex) else z) < 700 else "skip")
    if z != 0:
        print("log", z, cmath.log(z), cmath.log10(z), cmath.log(z, 2))
    print("phase", z, cmath.phase(z), "polar", cmath.polar(z))
    print("trig", z, cmath.sin(z) if abs(z) < 100 else "-", cmath.cos(z) if abs(z) < 100 else "-",
          cmath.tan(z) if abs(z) < 100 else "-")
    print("hyp", z, cmath.sinh(z) if abs(z) < 100 else "-", cmath.cosh(z) if abs(z) < 100 else "-",
          cmath.tanh(z) if abs(z) < 100 else "-")

print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4.0))
print(cmath.rect(2, math.pi / 4), cmath.rect(1, 0), cmath.rect(3, -0.0), cmath.rect(0, 1))
r, phi = cmath.polar(-2 + 0j)
print(r, phi, cmath.rect(r, phi))
print(cmath.exp(1j * cmath.pi))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.isinf(5))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-12j, abs_tol=1e-9))
print(cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.infj, 1j))
print(cmath.sqrt(complex(math.inf, 1)), cmath.sqrt(complex(-math.inf, 1)), cmath.sqrt(complex(1, math.inf)))
print(cmath.exp(complex(-math.inf, 0)))
print(cmath.log(complex(math.inf, 0)), cmath.log(complex(-math.inf, 0)))
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.isclose(1, 2, rel_tol=-1),
            lambda: cmath.sqrt("x"), lambda: cmath.log(5, 1), lambda: cmath.cosh(1000 + 1j)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as exc:
        print(type(exc).__name__, exc)


# Quadratic roots, the usual user of cmath.
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


print(roots(1, 2, 5))
print(roots(1, -3, 2))
print([round(abs(cmath.exp(2j * cmath.pi * k / 5)), 12) for k in range(5)])
