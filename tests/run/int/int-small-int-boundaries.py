# Checks arithmetic right at the edges of 63- and 64-bit integers, where a
# native representation must overflow into a big int without losing digits.
top = 4611686018427387903
print(top, top + 1, top * 2, top * 2 + 2, -top - 1, -top - 2)
low = -4611686018427387904
print(low, low - 1, -low, low * -1, abs(low), low // -1)
m = 9223372036854775807
print(m + 1, -m - 1, -m - 2, m * m, (m + 1) // 2)
print(m - m, m // 3, m % 1000, -(-m - 1))
x = 3037000500
print(x * x, x * x - 1)
y = 1
for i in range(70):
    y = y * 2
print(y, y // (2 ** 69), y - 1)
print(top + top == 2 * top, low + low == 2 * low)
print(top < top + 1, low > low - 1, hash(top) == hash(top + 0))
