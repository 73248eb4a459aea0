# Comprehensions whose first loop is over the builtin `range` (the range
# iterator comes from the caller and is stepped in line): both step signs,
# empty ranges, big-int bounds, bounds with __index__, conditions skipping
# items, nested loops, set and dict comprehensions, a shadowed `range`,
# and the errors `range` raises (in the caller's frame, as CPython).


class Three:
    def __index__(self):
        return 3


def squares(n):
    return [i * i for i in range(n) if i % 2]


def down(a, b):
    return [i for i in range(a, b, -3)]


big = 2**64
print(squares(10), squares(0), squares(-5), down(10, -2), down(0, 5))
print([i - big for i in range(big, big + 3)], [i for i in range(big + 2, big - 5, -2)])
print([i for i in range(2**62 - 2, 2**62 + 2)], [i for i in range(-(2**62) + 1, -(2**62) - 2, -1)])
print([i for i in range(Three())], [i for i in range(1, 10, Three())])
print({i % 3 for i in range(10)}, {i: i * i for i in range(4) if i != 2})
print([(i, j) for i in range(3) for j in range(i, 3)], [[j for j in range(i)] for i in range(4)])
print([i for i in range(5) if i > 1 if i < 4], [i for i in range(1, 9, 2) if True])
offset = 10
print([i + offset for i in range(3)], [sum(range(i)) for i in range(6)])
print([x for x in range(3)][::-1], len([None for _ in range(1000)]))


def shadowed():
    range = lambda n: [n, n + 1]  # noqa: E731
    return [i for i in range(5)]


print(shadowed())
for bad in ("x", 1.5, None):
    try:
        print([i for i in range(bad)])
    except TypeError as e:
        print("TypeError", e)
try:
    print([i for i in range(1, 5, 0)])
except ValueError as e:
    print("ValueError", e)


def fails(n):
    return [10 // (i - 2) for i in range(n)]


try:
    fails(5)
except ZeroDivisionError as e:
    import traceback

    print(len(traceback.extract_tb(e.__traceback__)), "frames")
print(fails(2))
