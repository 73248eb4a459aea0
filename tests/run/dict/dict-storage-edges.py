# Dict storage edges: keys equal across types (1, 1.0, True), str subclass
# keys taking the slow comparison, non-ASCII and surrogate string keys built
# at run time, mutation during iteration and during a key's __eq__, growth
# through many insertions and deletions, popitem, clear, copy, displays with
# repeated keys, dict subclasses.


class Key(str):
    """A str subclass whose equality ignores case (and hashes to match)."""

    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


class Plain(str):
    pass


class Meddler:
    """Equal to everything; its first comparison empties the dict it sits in."""

    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.target:
            self.target.clear()
            self.target = None
        return False


def numbers():
    d = {1: "int"}
    d[1.0] = "float"
    d[True] = "bool"
    print(d, len(d), d[1], d[1.0], d[True])
    e = {True: "t", 1: "i", 1.0: "f", 0: "z", False: "F", 0.0: "Z"}
    print(e)
    print({2**70: "big", 2.0**70: "float"}, {-1: "a", -2: "b"})


def strings():
    d = {}
    words = ["café", "naïve", "日本", chr(0xD800) + "x", "ascii", "é" * 3]
    for w in words:
        d[w] = len(w)
    for w in words:
        rebuilt = "".join(list(w))
        print(repr(rebuilt), d[rebuilt], rebuilt in d, (rebuilt + "!") in d)
    d[Plain("ascii")] = "plain"
    print(d["ascii"], type(list(d)[4]).__name__)
    k = {Key("Hello"): 1}
    print(k.get("hello"), k.get("HELLO"), k.get("help"), Key("World") in {"world": 0})
    k[Key("HELLO")] = 2
    print(len(k), list(k.values()))


def mutation():
    d = dict.fromkeys(range(5))
    try:
        for key in d:
            d[key + 100] = 0
    except RuntimeError as err:
        print("RuntimeError:", err)
    d = dict.fromkeys("abc")
    try:
        for key in d:
            del d[key]
            d[key + "!"] = 1
    except RuntimeError as err:
        print("RuntimeError:", err)
    d = {}
    m = Meddler(d)
    d[m] = 1
    d["x"] = 2
    print(Meddler(None) in d, len(d))


def growth():
    d = {}
    for i in range(2000):
        d["k" + str(i)] = i
    for i in range(0, 2000, 3):
        del d["k" + str(i)]
    for i in range(500):
        d["n" + str(i)] = i
    print(len(d), list(d)[:4], list(d)[-2:], sum(d.values()))
    while len(d) > 3:
        d.popitem()
    print(d, d.popitem(), d)
    c = d.copy()
    d.clear()
    d["again"] = 1
    print(c, d, c == {"k1": 1, "k2": 2}, list(reversed(c)))
    print({"a": 1, "b": 2, "a": 3, "c": 4, "b": 5})


class Counter(dict):
    def bump(self, key):
        self[key] = self.get(key, 0) + 1


def subclasses():
    c = Counter(a=1)
    for w in "abracadabra":
        c.bump(w)
    print(sorted(c.items()), type(c).__name__, type(c.copy()).__name__)
    print(dict(c) == c, Counter(dict(c)) == c)


numbers()
strings()
mutation()
growth()
subclasses()
