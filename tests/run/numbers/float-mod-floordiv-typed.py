# Float % and // on typed floats: the divisor's sign, -0.0, nan/inf,
# ZeroDivisionError messages; int / int true division (exact rounding,
# huge ints, zero), and divmod.
def fmod_all(a, b):
    x = a * 1.0
    y = b * 1.0
    try:
        print(x % y, x // y, divmod(x, y))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(x // y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, -3.0), (-0.0, 3.0),
             (6.0, 3.0), (-6.0, 3.0), (1e300, 1e-300), (5.0, float("inf")),
             (-5.0, float("inf")), (float("inf"), 2.0), (float("nan"), 2.0), (1.0, 0.0),
             (0.1, 0.01), (-1e-320, 1.0)]:
    fmod_all(a, b)


def mixed(i, y):
    return (i % y, i // y, y % 3, y // 3)


print(mixed(7, 2.5), mixed(-7, 2.5))


def idiv(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return "ZeroDivisionError " + str(e)


for a, b in [(1, 3), (-1, 3), (2**53, 3), (2**53 + 1, 3), (-(2**53), 7), (2**60 + 1, 2**60),
             (10**30, 7), (7, 10**30), (10**400, 10**399), (1, 0), (0, -5), (2**62 - 1, 1),
             (-(2**62), -1)]:
    print(idiv(a, b))
try:
    print(idiv(10**400, 3))
except OverflowError as e:
    print("OverflowError", e)


def avg(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


print(avg([1, 2, 3, 4]))
