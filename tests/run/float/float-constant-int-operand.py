# A float constant with an int operand (`1.0 / (s + 1)`) computed natively
# in typed code: conversion of the int, division by zero, huge ints,
# signed zeros, floor division and modulo, and the reflected order.


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def ops(n):
    return [1.0 / n, 2.5 * n, n - 0.5, 0.5 - n, -1.0 // n, -1.0 % n, 7.0 % n, n + 0.0, n * -0.0]


print([entry(i, j) for i in range(3) for j in range(3)])
print(ops(3))
print(ops(-7))
print(ops(2**53 + 1))
for n in [0, 10**400, -(10**400)]:
    try:
        print(ops(n))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print(0.0 * n)
    except OverflowError as e:
        print(type(e).__name__, e)
print(1.0 < 2, 2 <= 1.0, 1.0 == 1)
