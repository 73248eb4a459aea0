# Checks mixed int/float arithmetic: results become float, powers with
# float exponents, and augmented assignment changing an int to a float.
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 0.5, 4 ** 0.5, 2.0 ** -2, 9 ** 0.5)
print(1.5 * 2 == 3, 0.5 + 0.5 == 1, 1e3 == 1000)
n = 10
n += 0.5
print(n)
n *= 2
print(n)
price = 19.99
qty = 3
print(price * qty, round(price * qty, 2))
print(-3.5 * 2, 1.0 - 1, 1e10 + 1)
print(abs(-2.5), abs(3.0), -abs(-1e-7))
