# Module-level tuples of constants keep their item kinds: iterating,
# indexing and unpacking them gives ints and floats; a global rebound to a
# tuple of another shape, or a tuple holding a list, stays dynamic.

DIRECTIONS = (-11, -10, -9, -1, 1, 9, 10, 11)
WEIGHTS = (0.5, 1.5, 2.25)
PAIRS = ((1, "a"), (2, "b"))
MIXED = (1, [2, 3])
SHAPE = (1, 2)


class P:
    def __init__(self, x):
        self.x = x


POINTS = (P(1), P(2.5))


def walk(start):
    total = 0
    for step in DIRECTIONS:
        total += start + step
    return total


def weigh():
    acc = 0.0
    for i in range(len(WEIGHTS)):
        acc += WEIGHTS[i] * i
    first, second, third = WEIGHTS
    return acc, first + second + third, WEIGHTS[-1]


def rebind():
    global SHAPE
    SHAPE = ("x", 2.0, None)


def main():
    print(walk(44), weigh())
    for n, s in PAIRS:
        print(n * 2, s * 2)
    MIXED[1].append(4)
    print(MIXED, [p.x for p in POINTS])
    print(SHAPE[0] + 1)
    rebind()
    print(SHAPE, SHAPE[0] + "y")


main()
