# Checks d.get(key) and d.get(key, default) on dicts inference types exactly
# (rewritten to a direct lookup): present and missing keys, a default, int
# and float keys that compare equal, a key class with __eq__/__hash__, and
# the TypeError of an unhashable key.


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        print("Key.__eq__", self.n)
        return isinstance(other, Key) and self.n == other.n


def lookups():
    d = {1: "one", 2: "two"}
    print(d.get(1), d.get(3), d.get(3, "none"), d.get(2, "x"))
    print(d.get(1.0), d.get(True), d.get(2.5, 0))
    tasks = {}
    for i in range(4):
        tasks[i] = [i] * i
    total = 0
    for i in range(6):
        got = tasks.get(i)
        print(i, got, got is None)
        if got is not None:
            total += len(got)
    print(total)
    keyed = {Key(1): "a", Key(4): "b"}
    print(keyed.get(Key(4)), keyed.get(Key(7), "missing"))
    try:
        d.get([1])
    except TypeError as error:
        print("TypeError:", error)
    try:
        d.get()
    except TypeError as error:
        print("TypeError:", error)


lookups()
