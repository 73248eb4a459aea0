# + - * and ** of ints just past the inline range, whose results fit 128
# bits (computed without big-integer temporaries) or just do not: signs,
# the i128 boundaries, exponents 0, 1, 127 and 128, bases 0 and ±1 with
# huge exponents, negative exponents, bools, and an int subclass.
values = [0, 1, -1, 2**62, -(2**62), 2**63 - 1, -(2**63), 2**64 + 3, -(2**64) - 3,
          2**126, -(2**126), 2**127 - 1, -(2**127), 2**127, 3**80, True]
for a in values:
    for b in values:
        print(a + b, a - b, a * b)
for base in [0, 1, -1, 2, -2, 3, -3, 2**20 + 7, -(2**31), 2**62, True, False]:
    for e in [0, 1, 2, 4, 63, 64, 126, 127, 128, 200]:
        print(base, e, base**e)
print(1 ** (2**100), (-1) ** (2**100), (-1) ** (2**100 + 1), 0 ** (2**100))
print(2**-1, (2**70) ** -1, (-(2**64)) ** -2)
total = 0
for p in range(2**20, 2**20 + 200):
    total += p**4
    total -= p**3 * 2**40
print(total, -total, total * total)


class Big(int):
    def __add__(self, other):
        return "Big.__add__"


print(Big(2**100) + 1, 1 + Big(2**100), Big(5) * 2**70, Big(2**64) ** 2)
print(sum(p**4 for p in range(10**6, 10**6 + 1000)))
print(sum(p**5 for p in range(10**8, 10**8 + 100)))
