# Checks true division, floor division and modulo on floats, including
# negative operands, and divmod of floats.
print(7 / 2, -7 / 2, 1 / 4, 10 / 5, 2 ** 60 / 2 ** 58)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.3))
print(1 / 3 * 3, 0.1 + 0.7, 3.0 * 1.1)
print(10 // 2.5, 10 % 2.5, -1e-30 % 1.0)
x = 1.0
x /= 4
x += 0.125
print(x)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
