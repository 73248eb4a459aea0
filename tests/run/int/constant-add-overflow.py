# Checks `x + c`, `c + x`, `x - c` and `x += c` with a constant c at the
# edges of the inline int range (63 bits), where the overflow test is a
# comparison of the sum with x: the result must turn into a big int, and
# big ints must keep working through the same operations.


def steps(x):
    return (x + 1, 1 + x, x - 1, x + 5, x - 5, x + -3, x - -3, x + 0, x - 0)


def climb(x, n):
    for _ in range(n):
        x += 1
    return x


def descend(x, n):
    while n:
        x -= 2
        n -= 1
    return x


edge = 2**62 - 1
low = -(2**62)
for start in (edge, edge - 1, edge - 4, low, low + 1, low + 4, 0, -1, 2**70, -(2**70)):
    print(start, steps(start))
print(climb(edge - 3, 6), climb(-5, 10))
print(descend(low + 3, 4), descend(7, 3))
big = 2**63
print(big - 1, big + 1, 1 + big, big - big)
print(steps(True), steps(2.5))
