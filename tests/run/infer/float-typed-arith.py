# Typed float code keeps CPython's results: signed zeros, nan and inf
# comparisons, division and modulo by zero messages, % and // sign rules,
# float ** int, int constants mixed in, and floats crossing function calls.


def scale(x, y):
    z = x * y + 1.5
    return z / 2.0


def div(a, b):
    return a / b


def mod(a, b):
    return a % b


def floordiv(a, b):
    return a // b


def power(a):
    return a**2, a**-1, a**0


def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


def truth(a):
    if a:
        return "true"
    return "false"


def neg(a):
    return -a, +a


def mixed(a):
    return a + 1, 2 * a, a - 3, a / 4, 10 - a, a < 3, 3 < a, a == 2


print(scale(1.0, 2.0), scale(-0.5, 3.0))
print(div(1.0, 3.0), div(-0.0, 5.0), div(1e308, 1e-308))
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, -1.0), (-0.0, 1.0)]:
    print(a, b, mod(a, b), floordiv(a, b))
for b in [0.0, -0.0]:
    try:
        div(1.0, b)
    except ZeroDivisionError as e:
        print("div:", e)
    try:
        mod(1.0, b)
    except ZeroDivisionError as e:
        print("mod:", e)
    try:
        floordiv(1.0, b)
    except ZeroDivisionError as e:
        print("floordiv:", e)
print(power(3.0), power(-2.0), power(0.5))
try:
    power(0.0)
except ZeroDivisionError as e:
    print("power:", e)
inf = float("inf")
nan = float("nan")
for a, b in [(1.0, 2.0), (2.0, 2.0), (nan, nan), (nan, 1.0), (inf, inf), (-inf, inf), (0.0, -0.0)]:
    print(a, b, compare(a, b))
for a in [0.0, -0.0, nan, inf, 1e-300, -2.5]:
    print(a, truth(a), neg(a))
print(mixed(2.0), mixed(-0.0), mixed(1e16))
print(1e308 * 10.0, -1e308 * 10.0, inf - inf)


def horner(xs, x):
    acc = 0.0
    for c in xs:
        acc = acc * x + c
    return acc


print(horner([1, 2, 3], 0.5), horner([1.5, -2.0], 2.0))


def newton(n):
    x = float(n)
    for _ in range(20):
        x = x - (x * x - n) / (2.0 * x)
    return x


print(newton(2), newton(10), newton(1e10))


def fsum_rec(n):
    if n <= 0:
        return 0.0
    return 0.5 + fsum_rec(n - 1)


print(fsum_rec(10), fsum_rec(0))


def mix_vars(a, n):
    return a * n, n * a, a + n, n - a, a / n, n / a


print(mix_vars(1.5, 4), mix_vars(-0.5, 3), mix_vars(0.1, 2**60 + 1))
try:
    mix_vars(1.5, 10**400)
except OverflowError as e:
    print("mix:", e)
try:
    mix_vars(1.5, 0)
except ZeroDivisionError as e:
    print("mix:", e)
try:
    mix_vars(0.0, 5)
except ZeroDivisionError as e:
    print("mix:", e)


def swap_loop(n):
    a = 0.0
    b = 1.0
    for i in range(n):
        a, b = b, a + b * 0.5 + i
    return a, b


print(swap_loop(10), swap_loop(0))
