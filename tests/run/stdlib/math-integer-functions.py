# Checks the integer functions of `math` (issue #4): floor/ceil/trunc
# returning ints, gcd/lcm (n-ary, big ints), factorial, comb, perm, isqrt,
# prod, with CPython's errors.
import math


def attempt(func, *args, **kwargs):
    try:
        return repr(func(*args, **kwargs))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)


for name in ["floor", "ceil", "trunc"]:
    func = getattr(math, name)
    print(name, [attempt(func, v) for v in [0.0, -0.0, 0.5, -0.5, 2.5, -2.5, 1e20, -1e300, 7, -7, True,
                                            10 ** 30, math.inf, -math.inf, math.nan, "3"]])
    print(type(func(2.5)).__name__, type(func(True)).__name__)
print(attempt(math.floor), attempt(math.floor, 1, 2))


class Price:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


class Ratio:
    def __float__(self):
        return 2.75


print(math.floor(Price()), math.ceil(Price()), math.trunc(Price()))
print(math.floor(Ratio()), math.ceil(Ratio()), attempt(math.trunc, Ratio()))

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10))
print(math.gcd(2 ** 100, 2 ** 70 * 3), math.gcd(10 ** 40 + 1, 10 ** 20 + 1), math.gcd(True, 4))
print(math.lcm(), math.lcm(5), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2 ** 64, 3 ** 40))
print(attempt(math.gcd, 1.5), attempt(math.lcm, 2, "a"), attempt(math.gcd, x=1))

print([math.factorial(n) for n in range(12)], math.factorial(30), len(str(math.factorial(1000))))
print(attempt(math.factorial, -1), attempt(math.factorial, 1.0), attempt(math.factorial, 10 ** 30))
print(attempt(math.factorial), math.factorial(True))

print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10 ** 20, 3))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(30, 20))
for args in [(-1, 2), (2, -1), (5, 2.0), (5,), (1, 2, 3), (10 ** 30, 10 ** 25)]:
    print(args, attempt(math.comb, *args), attempt(math.perm, *args))
print(attempt(math.perm), attempt(math.perm, -1), attempt(math.perm, 5, k=2))

print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 41, 2 ** 127 - 1]])
print(attempt(math.isqrt, -1), attempt(math.isqrt, 2.0), attempt(math.isqrt))

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([2, 3], start=2), math.prod([1.5, 2]), math.prod(range(1, 25)))
print(math.prod(["ab", 3]), math.prod([], start="x"), math.prod(x for x in [2, 5]))
print(attempt(math.prod), attempt(math.prod, [1], 2), attempt(math.prod, [1], begin=2), attempt(math.prod, [[], 1.5]))


class Nine:
    def __index__(self):
        return 9


print(math.gcd(Nine(), 6), math.factorial(Nine()), math.isqrt(Nine()), math.comb(Nine(), 2))
