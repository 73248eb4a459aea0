# Checks basic int arithmetic: + - * on small ints, operator precedence,
# unary minus and plus, and that `/` on ints gives a float.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, 10 / 5, -9 / 3)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(-a, +a, -(-a), - -a)
print(0 - 0, 0 * -1, 1 - 2 - 3)
x = 1000000
print(x * x, x * x * x)
total = 0
i = 1
while i <= 100:
    total = total + i * i
    i = i + 1
print("sum of squares", total)
print(7 * -3, -7 * -3, 123456789 * 987654321)
