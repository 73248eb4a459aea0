# sum(elt for ...) over ints keeps its running total in a native 128-bit
# accumulator (with `x ** k` for a constant k added in it): totals crossing
# the 63-bit and 128-bit boundaries both ways, negative items, big items
# and bases, empty and one-item sums, exponents up to 127 and past it,
# bools, floats and int subclasses mixed in, and exceptions in the element.


def fourth(xs):
    return sum(x**4 for x in xs)


def fifth(xs):
    return sum(x**5 for x in xs)


def cubes(xs):
    return sum(x**3 for x in xs)


def squares(xs):
    return sum(x**2 for x in xs)


def high(xs):
    return sum(x**127 for x in xs) + sum(x**126 for x in xs) + sum(x**128 for x in xs)


def plain(xs):
    return sum(x for x in xs)


def shifted(xs):
    return sum(x << 60 for x in xs)


def mixed(xs):
    return sum(x for x in xs)


big = 2**63
print(fourth([]), fourth([7]), fourth(list(range(1, 1001))), fourth(range(1, 1001)))
print(fifth([3, -3, 5, -5]), fourth([-(2**31) - 1, 2**31 + 1]), fourth([10**9] * 50))
print(fourth([10**10] * 3), fourth([2**32] * 20), fourth([2**33, -(2**33), 2**33]))
print(cubes([2**40, 2**40, -(2**40)]), cubes([-(2**42)] * 9 + [2**42] * 9))
print(squares([2**100, 3]), squares([big, -big]), squares([2**64 - 1] * 3))
print(high([0, 1, -1, 2]), high([-2, 3]))
print(plain([big] * 4), plain([big, -big, big]), plain([2**127 - 1, 1, -1]))
print(plain([2**127 - 1, 2**127 - 1, 2**127 - 1, -(2**129)]))
print(plain([-(2**127), -(2**127), -1, 2**128, 2**200, -(2**200)]))
print(plain([1, 2**300, 5, -(2**300)]), plain([2**127, -1, -(2**127)]))
print(shifted(range(1, 200)), shifted(range(-100, 50)), shifted(range(5000)))
print(sum(n * n * n * n for n in range(1, 2000) if n % 3), sum(p**4 for p in [2, 3, 5]))
totals = [sum(i**4 for i in range(n)) for n in (0, 1, 2, 100, 10**4)]
print(totals, sum(i**4 for i in range(10**4, -1, -7)))
total = 0
for n in range(30):
    total += sum(k**6 for k in range(n * 1000, n * 1000 + 50))
print(total)


class Meters(int):
    def __add__(self, other):
        return "meters"

    __radd__ = __add__


print(mixed([True, False, True]), mixed([True, 2**70]), mixed([1, 2, Meters(3)]))
print(mixed([2**70, Meters(3)]), mixed([2**70, 1.5, 2**70]), mixed([0.5, 2**64]))
print(sum(x**2 for x in [1.5, 2]), sum(x**2 for x in [2**40, 0.5]))


def failing(xs):
    return sum(10**20 // x for x in xs)


def power_of_anything(xs):
    return sum(x**4 for x in xs)


try:
    print(failing([1, 2, 0, 3]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(power_of_anything([2**70, "a"]))
except TypeError as e:
    print("TypeError", e)
try:
    print(mixed([2**70, 2**70, None]))
except TypeError as e:
    print("TypeError", e)
print(failing([7, 2**70, -3]))
print(fourth([2**70, 3]) + failing([10**19]))
