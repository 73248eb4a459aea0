# Values that are an int or a float (`sum()` of floats is the int 0 when
# empty, functions returning either, lists mixing both): arithmetic with a
# float converts the int (big ints exactly rounded, OverflowError past the
# float range), with ints keeps the exact type, comparisons stay exact.


def total(xs):
    return sum(x * 0.5 for x in xs)


def either(k):
    if k % 3 == 0:
        return k
    if k % 3 == 1:
        return k + 0.25
    return 2**70 + k


def scaled(v):
    acc = 0.0
    for x in v:
        acc += x * 1.5
        acc -= 0.5 / (x + 1.0)
    return acc


sums = [total(range(i)) for i in range(5)]
print(sums, [type(s).__name__ for s in sums])
print(scaled(sums))
mixed = [either(k) for k in range(7)]
print(mixed)
print([x * 2.0 for x in mixed])
print([x + 1 for x in mixed], [type(x + 1).__name__ for x in mixed])
print([x - 1.5 for x in mixed], [1.5 - x for x in mixed])
print([x / 2 for x in mixed], [x // 2.0 for x in mixed], [x % 2.5 for x in mixed])
print([-x for x in mixed], [x < 3 for x in mixed], [x == 2**70 + 2 for x in mixed])
print(2.0**0.5 * mixed[2] == float(2**70 + 2) * 2.0**0.5)
# Exact comparisons: 2**53 + 1 is not equal to the float 2**53.
vals = [either(0), 2**53 + 1, 9007199254740992.0]
print(vals[1] == vals[2], vals[1] > vals[2], vals[1] * 1.0 == vals[2])
huge = [1.5, 10**400]
for h in huge:
    try:
        print(h * 2.0)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(0.5 + h)
    except OverflowError as e:
        print("OverflowError:", e)
zero = [0, 0.0]
for z in zero:
    try:
        print(1.0 / z)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(1.0 % z)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
# `True` is an int, but not an exact one: it stays dynamic.
flags = [True, 2.5]
print([f * 2.0 for f in flags], [f + 1 for f in flags])
