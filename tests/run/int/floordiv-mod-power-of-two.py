# `//` and `%` by a constant power of two (inline shifts and masks on small
# ints): negative operands round down, the 63-bit edges, big ints, bools,
# floats and objects with their own operators take the general path.


def by_constants(x):
    return (x // 1, x % 1, x // 2, x % 2, x // 8, x % 8, x // 1024, x % 1024,
            x // 2**61, x % 2**61)


def in_a_loop(n):
    total = 0
    for i in range(-n, n):
        s = i * (i + 1) // 2 + i % 4 - i // 16
        total += s
    return total


class Halves:
    def __floordiv__(self, other):
        return "floordiv " + str(other)

    def __mod__(self, other):
        return "mod " + str(other)


edges = [0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 9, -9, 1023, -1023, 1024, -1025,
         2**61 - 1, -2**61, 2**61, -2**61 - 1, 2**62 - 1, -2**62, 2**62, -2**62 - 1,
         2**63 + 5, -2**63 - 5, 10**30, -10**30]
for x in edges:
    print(x, by_constants(x))

print(in_a_loop(1000))
for x in [True, False, 7.5, -7.5, -0.0]:
    print(x, by_constants(x))
h = Halves()
print(h // 4, h % 4)
y = 37
y //= 4
print(y)
y = -37
y %= 16
print(y)
y = -37
y //= 16
print(y)
print([k // 2 for k in range(-5, 6)], [k % 2 for k in range(-5, 6)])
try:
    print("a" // 2)
except TypeError as e:
    print("TypeError", e)
print("%d" % 4)
