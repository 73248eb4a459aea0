# Checks `math.fsum` (exact, correctly rounded), `math.hypot` and
# `math.dist` (CPython 3.11's compensated norm, to the last bit) over many
# inputs, with their errors.
import math


def attempt(func, *args):
    try:
        return repr(func(*args))
    except (ValueError, OverflowError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([-0.0]), math.fsum([1e308, -1e308, 1.0]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -40]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]), math.fsum([math.inf, math.nan]))
print(attempt(math.fsum, [1e308, 1e308]), attempt(math.fsum, [math.inf, -math.inf]), attempt(math.fsum, [1, "a"]))
print(attempt(math.fsum, 5), attempt(math.fsum))
seed = 12345
values = []
for i in range(400):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    values.append((seed / 2 ** 31 - 0.5) * 10.0 ** (seed % 40 - 20))
print(math.fsum(values), math.fsum(values[::3]), math.fsum(v * v for v in values[:50]))

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3, 4))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310), math.hypot(math.inf, math.nan))
print(math.hypot(math.nan, 3), math.hypot(-math.inf, 2), math.hypot(0.0, -0.0), math.hypot(True, 2))
print([math.hypot(values[i], values[i + 1]) for i in range(0, 40, 2)])
print([math.hypot(*values[i:i + 5]) for i in range(0, 60, 5)])
print([math.hypot(i, i + 1, i + 2) for i in range(15)])
print(attempt(math.hypot, "a"), attempt(math.hypot, 10 ** 400))

print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()), math.dist((1.5,), (-2,)))
print(math.dist(range(5), range(5, 10)), [math.dist(values[i:i + 3], values[i + 3:i + 6]) for i in range(0, 30, 6)])
print(attempt(math.dist, (1,), (1, 2)), attempt(math.dist, (1,)), attempt(math.dist, 1, 2), attempt(math.dist, ("a",), (1,)))
