# abs/min/max/float/int/round of typed floats and ints: -0.0 and nan
# order rules, huge values, ValueError/OverflowError for nan/inf.
def show(f, *args):
    try:
        print(f(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)


def fl(a, b, c):
    x, y, z = a * 1.0, b * 1.0, c * 1.0
    return (abs(x), min(x, y), max(x, y), min(x, y, z), max(z, y, x), float(x),
            int(x), round(x))


for t in [(1.5, -2.5, 0.5), (0.0, -0.0, 0.0), (-0.0, 0.0, -0.0), (2.5, 3.5, -2.5),
          (-0.5, 0.5, 1.5), (1e18, -1e18, 4.6e18)]:
    print(fl(*t))
nan = float("nan")


def order(a, b, c):
    x, y, z = a * 1.0, b * 1.0, c * 1.0
    return (min(x, y), max(x, y), min(x, y, z), max(z, y, x), abs(x))


print(order(nan, 1.0, 2.0), order(1.0, nan, 2.0), order(-0.0, 0.0, nan))


def ints(a, b):
    i, j = a + 0, b + 0
    return (abs(i), min(i, j), max(i, j), float(i), float(j) / 2)


print(ints(-3, 5), ints(2**70, -(2**70)), ints(2**53 + 1, 1))
show(lambda v: int(v * 1.0), nan)
show(lambda v: int(v * 1.0), float("inf"))
show(lambda v: round(v * 1.0), float("-inf"))
show(lambda v: int(v * 1.0), 1e30)
show(lambda v: round(v * 1.0), 4.611686018427388e18)
show(lambda v: round(v * 1.0), -4.611686018427388e18)
show(lambda v: float(v + 0), 10**400)
