# `k in s` on a set inference types, answered in line for inline ints from
# the set's small-int index: window edges, negative keys, big ints, bools,
# floats, str keys beside ints, keys with their own __eq__/__hash__, an
# unhashable item, and the index after discards, clears and growth.


class Same:
    """Equal to anything, hashed like the int it is built with."""

    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return True


class MyInt(int):
    pass


def probe(s, keys):
    return [k in s for k in keys]


def window_edges():
    s = {100}
    # The window starts 64 below the first key and spans 256 ints.
    for k in (36, 37, 291, 292, 293):
        s.add(k)
    print(probe(s, [35, 36, 37, 100, 291, 292, 293, 294, -1, 0]))
    print(probe(s, [2**62 - 1, -(2**62), 2**62, -(2**62) - 1, 2**70, -(2**70)]))
    s.add(400)  # outside the window: the index gives up
    print(probe(s, [36, 100, 292, 400, 401]))


def negatives():
    s = set()
    for k in range(-10, 10, 3):
        s.add(k)
    print(probe(s, list(range(-12, 12))))
    t = {-(2**62)}
    print(probe(t, [-(2**62), -(2**62) + 1, 2**62 - 1, 0]))
    u = {2**62 - 1}
    print(probe(u, [2**62 - 1, 2**62 - 2, -(2**62), 0]))


def other_kinds():
    s = {1, 2, 3}
    print(probe(s, [True, False, 1.0, 2.5, MyInt(2), MyInt(7)]))
    b = {True, 5}
    print(probe(b, [1, 0, 5, True, False]))
    f = {1.0, 2}
    print(probe(f, [1, 2, 3, 2.0]))
    m = {"a", 1, "b", 2}
    print(probe(m, [1, 2, 3, "a", "c"]))
    big = {2**80, 3}
    print(probe(big, [3, 4, 2**80, 2**80 + 1]))
    odd = {Same(5)}
    print(probe(odd, [5, 6, 4]))
    mixed = {5, Same(6)}
    print(probe(mixed, [5, 6, 7]))
    try:
        print([1] in s)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print({1} in s)
    except TypeError as e:
        print("TypeError:", e)
    print(frozenset({1}) in {frozenset({1}), 2}, 2 in {frozenset({1}), 2})


def churn():
    s = set()
    hits = 0
    for rnd in range(5):
        for k in range(20):
            s.add(k * 3 - 20)
        for k in range(0, 20, 2):
            s.discard(k * 3 - 20)
        hits += sum(1 for k in range(-30, 50) if k in s)
        print(rnd, hits, sorted(s)[:4])
    s.clear()
    print(probe(s, [-20, -17, 0]))
    s.add(1000)  # an empty set's window restarts at its first key
    print(probe(s, [1000, 999, -20]))
    for k in range(2000):
        s.add(k)
    print(probe(s, [0, 999, 1000, 1999, 2000, -1]))
    for k in range(2000):
        s.discard(k)
    print(len(s), probe(s, [0, 1000]))
    s.add("x")
    s.discard("x")
    s.add(7)
    print(probe(s, [7, 8]))


window_edges()
negatives()
other_kinds()
churn()
