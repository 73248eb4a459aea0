# Checks floor division and modulo with every sign combination: Python rounds
# toward negative infinity and the remainder takes the divisor's sign.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10)]
for pair in pairs:
    a, b = pair
    print(a, b, a // b, a % b, divmod(a, b))
print(-13 // 4, -13 % 4, 13 // -4, 13 % -4)
print(2 ** 70 // -3, 2 ** 70 % -3, -(2 ** 70) // 3, -(2 ** 70) % 3)
print(divmod(-(10 ** 20), 7), divmod(10 ** 20, -7))
n = -17
q = n // 5
r = n % 5
print(q * 5 + r == n)
