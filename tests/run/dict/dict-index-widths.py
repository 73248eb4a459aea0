# Dicts across the index widths (one-byte slots up to 128, two-byte up to
# 32768; kept small so GC stress mode stays quick): growth through the
# boundary, deletions leaving
# dummies that later insertions reuse, popitem, copies and order kept at
# every size, int and str keys, colliding hashes.


def check(n):
    d = {}
    for i in range(n):
        d["k" + str(i)] = i
    assert len(d) == n
    # Every key found, in insertion order.
    total = 0
    for i, (k, v) in enumerate(d.items()):
        assert k == "k" + str(i) and v == i
        total += d["k" + str(i)]
    # Delete every third key, then insert new ones over the dummies.
    for i in range(0, n, 3):
        del d["k" + str(i)]
    for i in range(n, n + n // 3):
        d["k" + str(i)] = -i
    missing = sum(1 for i in range(0, n, 3) if ("k" + str(i)) in d)
    c = d.copy()
    last = c.popitem()
    print(n, len(d), total, missing, last, list(d)[:3], list(d)[-2:], c == d)


for n in [5, 85, 86, 127, 200, 1000]:
    check(n)


class Collide:
    """Every instance hashes alike: probes run long at each width."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v


for n in [10, 90, 300]:
    d = {Collide(i): i for i in range(n)}
    for i in range(0, n, 2):
        del d[Collide(i)]
    print(n, len(d), sum(d.values()), d.get(Collide(1)), d.get(Collide(2), "gone"))

# Ints keep their order through many growths and shrinks.
d = {}
for i in range(3000):
    d[i * 7919 % 3001] = i
    if i % 5 == 4:
        d.pop((i - 2) * 7919 % 3001)
print(len(d), sum(d), list(d.items())[:4], max(d.values()))
