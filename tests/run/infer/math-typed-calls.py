# math functions on typed floats and ints: results, -0.0, nan/inf, and
# CPython's errors (domain, range, int too large, nan/inf to int).
import math


def show(f, x):
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)


def floats(x):
    y = x * 1.0
    print(math.sqrt(y), math.sin(y), math.cos(y), math.exp(y))
    print(math.floor(y), math.ceil(y), math.trunc(y), math.fabs(y))
    print(math.atan(y), math.tanh(y), math.log1p(abs(y)), math.cbrt(y))
    return math.sqrt(y * y) + math.pi


def ints(n):
    k = n + 0
    print(math.sqrt(k), math.exp(k), math.log(k + 1), math.floor(k), math.ceil(k))
    return math.sqrt(k)


for v in [0.0, -0.0, 1.0, 2.5, -2.5, 100.0, 1e-300]:
    print(floats(abs(v)))
for n in [0, 1, 7, 100]:
    print(ints(n))

show(lambda t: math.sqrt(t * 1.0), -1.0)
show(lambda t: math.log(t * 1.0), 0.0)
show(lambda t: math.log(t * 1.0), -3.0)
show(lambda t: math.log2(t * 1.0), 0.0)
show(lambda t: math.exp(t * 1.0), 1000.0)
show(lambda t: math.cosh(t * 1.0), 1000.0)
show(lambda t: math.acos(t * 1.0), 2.0)
show(lambda t: math.floor(t * 1.0), float("nan"))
show(lambda t: math.ceil(t * 1.0), float("inf"))
show(lambda t: math.trunc(t * 1.0), float("-inf"))
show(lambda t: math.floor(t * 1.0), 1e300)
show(lambda t: math.floor(t * 1.0), -4.611686018427388e18)
show(lambda t: math.ceil(t * 1.0), 4.611686018427387e18)
show(lambda t: math.sqrt(t + 0), 10**400)
show(lambda t: math.log(t + 0), 10**400)
show(lambda t: math.exp(t * 1.0), float("inf"))
show(lambda t: math.exp(t + 0), 10**15)
show(lambda t: math.sqrt(t + 0), 10**15)
show(lambda t: math.exp(t * 1.0), float("-inf"))
show(lambda t: math.sqrt(t * 1.0), float("inf"))
show(lambda t: math.sqrt(t * 1.0), float("nan"))
show(lambda t: math.sin(t * 1.0), float("inf"))
show(lambda t: math.degrees(t * 1.0), 1e308)
show(lambda t: math.radians(t * 1.0), float("inf"))


def loop(n):
    acc = 0.0
    for i in range(n):
        acc += math.sqrt(i) + math.sin(i * 0.5) * math.cos(i)
    return acc


print(f"{loop(1000):.9f}")
