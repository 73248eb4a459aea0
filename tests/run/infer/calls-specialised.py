# One function called with different argument kinds from different sites
# gets a typed copy per kind tuple (at most a few; the rest share the
# generic copy): ints, floats, strs, recursion inside a copy, more kind
# tuples than copies, and a copy whose results differ in kind.


def scale(x, k):
    return x * k + x


def fact(n):
    if n <= 1:
        return n
    return n * fact(n - 1)


def pick(a, b):
    if a:
        return a
    return b


def main():
    print(scale(3, 4), scale(1.5, 2.0), scale(2, 0.5), scale("ab", 2))
    print(fact(10), fact(5.0), fact(25))
    print(pick(0, 2), pick(0.0, 1.5), pick("", "s"), pick(None, 1), pick([], [3]))
    print(pick(1, 2.5), pick(True, 0), pick(2.5, None))
    acc = 0.0
    for i in range(5):
        acc += scale(i, 0.5) + scale(i, 2)
    print(acc)


main()
