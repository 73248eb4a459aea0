# Checks returning several values as a tuple, unpacking them (also nested
# and into swapped names), and unpacking in for loops.
def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
lo, hi = min_max([3, 9, -2, 7])
print(lo, hi)
result = min_max([5])
print(result, len(result))
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, second, third = range(3)
print(first, second, third)
def divide(a, b):
    return a // b, a % b
for n, d in [(17, 5), (-17, 5)]:
    quotient, remainder = divide(n, d)
    print(n, d, quotient, remainder)
i = j = 0
print(i, j)
