# Comprehensions over range(...) walk a hidden counter: bounds past the inline ints, steps of both signs, filters, nesting, errors.
import sys


def main():
    n = 5
    print([i * i for i in range(n)])
    print([i for i in range(10, 0, -3)])
    print({i % 3 for i in range(-4, 4)})
    print({i: i * 2 for i in range(3, 9, 2) if i != 5})
    print([i for i in range(0)], [i for i in range(5, 5)], [i for i in range(5, 0)])
    step = 4
    print([i for i in range(1, 20, step)], [i for i in range(20, 1, -step)])
    # filters continue with the next number
    print([i for i in range(20) if i % 2 if i % 3])
    # bounds near and past the machine words
    big = sys.maxsize
    print([i for i in range(big - 2, big + 3)])
    print([i - 2**64 for i in range(2**64, 2**64 + 3)])
    print([i for i in range(-big - 3, -big + 1)])
    print([i for i in range(big - 1, big + 8, 3)])
    print([i for i in range(2**62 - 2, 2**62 + 2)])
    # nested: the inner range depends on the outer variable
    print([(i, j) for i in range(4) for j in range(i, 4, 2)])
    print([[j for j in range(i)] for i in range(4)])
    # a tuple target unpacks each number (and fails like CPython)
    try:
        print([a for a, b in range(3)])
    except TypeError as e:
        print("TypeError", e)
    # a closure over the target sees the last value of each turn
    fs = [lambda: i for i in range(3)]
    print([f() for f in fs])
    # argument errors are CPython's
    for args in [(0, 5, 0), (1.5,), ("a",), (1, 2, 3.0)]:
        try:
            print([i for i in range(*args)])
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        print([i for i in range(0, 5, 0)])
    except ValueError as e:
        print("ValueError", e)
    try:
        print([i for i in range(2.5)])
    except TypeError as e:
        print("TypeError", e)
    try:
        print([(i, j) for i in range(2) for j in range(i, "x")])
    except TypeError as e:
        print("TypeError", e)
    # bools and int subclasses as bounds
    class Idx(int):
        pass

    print([i for i in range(True, Idx(4))], [type(i).__name__ for i in range(Idx(2))])
    # an exception in the element leaves the comprehension
    try:
        print([10 // (3 - i) for i in range(5)])
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    # a shadowed range is called as written
    range_calls = []

    def fake(*args):
        range_calls.append(args)
        return [7, 8]

    print([x for x in fake(3)], range_calls)


def shadowed():
    range = lambda n: "ab"  # noqa: E731
    return [c for c in range(3)]


def inner_shadow():
    return [x for range in [lambda n: [n, n]] for x in range(3)]


def edges():
    # the inline-int edges (62 bits and a sign) and steps near the 2**60 bound
    lo, hi = -(2**62), 2**62
    print([i - hi for i in range(hi - 3, hi + 1)], [i - lo for i in range(lo - 1, lo + 3)])
    print([i for i in range(hi - 1, hi - 4, -1)][0] == hi - 1)
    for step in (2**60 - 1, 2**60, 2**60 + 1, -(2**60), -(2**60) - 1, 3**38):
        print(len([i for i in range(-(2**61), 2**61, step)]), [i % 7 for i in range(0, 2**61, step)])
    print([i for i in range(0, 2**60 + 1, 2**59)], [i for i in range(2**60, -1, -(2**59))])
    # a walrus in the element binds in the enclosing function
    total = [(last := i * i) for i in range(1, 5)]
    print(total, last)
    print({i: (k := i + 1) for i in range(2**62 - 2, 2**62 + 1)}, k - 2**62)
    # a filter reading a variable the loop rebinds through a walrus
    seen = 0
    print([i for i in range(10) if (seen := seen + i) % 2], seen)


main()
edges()
print(shadowed(), inner_shadow())
print(sum([i for i in range(100000)]))
print([i for i in range(3)], {i for i in range(-2, 1)})
