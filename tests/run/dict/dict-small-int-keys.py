# Checks lookups of small int keys (d[i], d.get(i), i in d, d[i] = v) next
# to keys that are equal or share the hash without being small ints: True,
# 1.0, big ints whose hash wraps, instances with colliding __hash__ and a
# noisy __eq__, deleted entries, negative keys and -1 (hash -2), dict
# subclasses with __missing__ / __getitem__, and tables of every width.


class Noisy:
    def __init__(self, h, equal):
        self.h = h
        self.equal = equal

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq called with", other)
        return self.equal

    def __repr__(self):
        return "Noisy(%d)" % self.h


def basic():
    d = {k: k * 10 for k in range(6)}
    print(d[3], d.get(5), d.get(9), d.get(9, "dflt"), 4 in d, 7 in d)
    d[3] = "three"
    d[8] = "eight"
    print(d)
    del d[2]
    print(d.get(2), 2 in d, d.get(3), d[8])
    d[2] = "back"
    print(list(d.items()))
    try:
        d[42]
    except KeyError as e:
        print("KeyError", e)


def equal_non_ints():
    d = {True: "true", 1.0 + 1.0: "two", 0: "zero"}
    print(d[1], d.get(2), 1 in d, 2 in d, d[0], d.get(False))
    d[1] = "one"
    d[2] = "deux"
    print(d)
    big = 2**61 - 1 + 5  # hashes to 5
    e = {big: "big"}
    print(e.get(5), 5 in e, e.get(big))
    e[5] = "five"
    print(e[5], e[big], len(e))


def colliding_instances():
    d = {Noisy(3, False): "noisy"}
    print(d.get(3))
    print(3 in d)
    d[3] = "int"
    print(len(d), d[3])
    f = {Noisy(4, True): "eq"}
    print(f.get(4))
    f[4] = "replaced"
    print(f)


def negatives():
    d = {-1: "m1", -2: "m2", -(2**40): "far", 2**62 - 1: "max"}
    print(d[-1], d[-2], d.get(-(2**40)), d[2**62 - 1], d.get(-3))
    print(hash(-1), hash(-2))


def subclasses():
    class Missing(dict):
        def __missing__(self, key):
            return ("missing", key)

    class Upper(dict):
        def __getitem__(self, key):
            return ("get", key)

    m = Missing({1: "one"})
    print(m[1], m[2], m.get(2), 2 in m)
    u = Upper({1: "one"})
    print(u[1], u.get(1), u.get(5))


def widths():
    for n in (5, 200, 40000):
        d = {}
        for k in range(n):
            d[k * 3] = k
        total = 0
        for k in range(0, n * 3, 7):
            total += d.get(k, -1)
            if k in d:
                total += d[k]
        for k in range(0, n * 3, 2):
            if k % 4 == 0 and k in d:
                del d[k]
        print(n, total, len(d), d.get(3), d.get(12), sum(1 for k in range(n * 3) if k in d))


basic()
equal_non_ints()
colliding_instances()
negatives()
subclasses()
widths()
