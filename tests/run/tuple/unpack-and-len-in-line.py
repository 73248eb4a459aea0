# `a, b = t` reads an exact tuple of the right length in line and `len(x)`
# reads an exact list's or tuple's count in line; everything else goes the
# general way: tuple and list subclasses (with `__iter__` / `__len__`
# overrides), lists, strings, generators, wrong lengths with CPython's
# messages, and `len` of objects with `__len__`.


class Pair(tuple):
    def __iter__(self):
        yield "overridden"
        yield "iter"


class Items(list):
    def __len__(self):
        return 42


class Sized:
    def __len__(self):
        return 7


def split(value):
    a, b = value
    return a, b


def sizes(values):
    out = []
    for v in values:
        out.append(len(v))
    return out


def main():
    vertices = [(1.0, 2.0), (3.5, -4.0)]
    total = 0.0
    for k in range(len(vertices)):
        vx, vy = vertices[k]
        total += vx * vy
    print(total)
    print(split((1, 2)), split([3, 4]), split("ab"), split(x for x in (5, 6)))
    print(split(Pair((7, 8))), split({9: 0, 10: 0}))
    for bad in [(1, 2, 3), (1,), (), [1], "abc", 5, None]:
        try:
            split(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    print(sizes([[], [1, 2], (), (1, 2, 3), "four", Items([1]), Pair((1, 2)), Sized(), {1: 2}]))
    for bad in [5, None, 1.5]:
        try:
            len(bad)
        except TypeError as e:
            print("TypeError", e)
    big = list(range(100000))
    print(len(big), len(tuple(big)), len(big[1:]))


main()
