# for-loops over range(a, b, step) whose step is computed: both signs, big ints at and past the inline range, bools, errors, else/break, target reassigned.
import sys


def collect(a, b, step):
    out = []
    for j in range(a, b, step):
        out.append(j)
    return out


def marks(size, p):
    flags = [True] * size
    for j in range((p * p - 3) // 2, size, p):
        flags[j] = False
    return flags.count(False)


def with_else(a, b, step, stop_at):
    for j in range(a, b, step):
        if j == stop_at:
            print("break at", j)
            break
    else:
        print("no break")


def reassign(a, b, step):
    seen = []
    for j in range(a, b, step):
        seen.append(j)
        j = 1000
        seen.append(j)
    return seen


def stepped(a, b, step):
    for j in range(a, b, step):
        yield j


def main():
    print(collect(2**60 - 3, 2**60 - 1, 2**60 - 1), collect(-(2**60) + 3, -(2**60) + 1, -(2**60) + 1))
    print(list(stepped(1, 30, 7)), list(stepped(30, 1, -7)), sum(stepped(2**62 - 4, 2**62 + 4, 3)))
    print(collect(0, 20, 3), collect(20, 0, -3), collect(5, 5, 2), collect(5, 0, 2))
    print(collect(-10, 10, 7), collect(10, -10, -7))
    print(marks(100, 3), marks(100, 5), marks(1000, 7))
    with_else(0, 30, 4, 12)
    with_else(0, 30, 4, 13)
    with_else(30, 0, -4, 14)
    print(reassign(0, 9, 4))
    big = 2**62
    print(collect(big - 10, big + 10, 6))
    print(collect(big + 10, big - 10, -6))
    print(collect(2**60 - 5, 2**60 + 5, 3))
    print(collect(-(2**60) + 5, -(2**60) - 5, -3))
    print(collect(2**61 - 9, 2**61, 2**60))
    print(collect(0, 2**61, 2**60 - 1))
    print(collect(0, 5, 2**100), collect(0, -5, -(2**100)))
    print(collect(sys.maxsize - 3, sys.maxsize + 3, 2))
    print(collect(4611686018427387900, 4611686018427387906, 1 + len("x")))
    print(collect(0, 10, True), collect(False, 6, 2 * True))
    for step in (2, -2, 0):
        try:
            print(step, collect(0, 6, step))
        except ValueError as e:
            print("ValueError:", e)
    try:
        collect(0, 6, 1.5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        collect(0, 6, "2")
    except TypeError as e:
        print("TypeError:", e)
    steps = [3, -3, 2**70, 5]
    for s in steps:
        print(len(collect(-20, 20, s)), end=" ")
    print()


main()
