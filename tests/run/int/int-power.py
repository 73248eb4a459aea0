# Checks `**` and pow(): int results for non-negative exponents, float
# results for negative exponents, and three-argument pow.
print(2 ** 10, 3 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000)
print((-2) ** 3, (-2) ** 4, (-1) ** 101)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(pow(2, 8), pow(7, 2), pow(2, -1))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7))
print(10 ** 20, 7 ** 23)
x = 5
x **= 3
print(x)
