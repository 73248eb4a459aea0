# Checks union, intersection, difference and symmetric difference, both as
# operators and as methods, and subset comparisons, on sets of ints.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.union([9, 8]), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, {7} <= a, a >= {1})
print(a == {4, 3, 2, 1}, a != b, {1} == {1.0})
c = set()
for n in range(10):
    if n % 3 == 0:
        c.add(n)
print(c, c & a, sorted(c | b))
