# Checks sorting lists shorter than 64 items (one run, pairs kept on the
# stack, no run stack) against the longer path: the exact sequence of `<`
# calls (CPython's below 64 items; longer sorts do not gallop, so only their
# results are compared), stability, reverse, keys, descending runs, errors
# part way, and a list mutated by its key function, around 64 items.


class Key:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K{self.v}"


def pattern(n):
    return [(i * 37 + 11) % 17 for i in range(n)]


for n in [0, 1, 2, 3, 5, 16, 63, 64, 65, 100]:
    Key.log = []
    items = [Key(v) for v in pattern(n)]
    items.sort()
    calls = (len(Key.log), Key.log[:6], sum(a * 31 + b for a, b in Key.log)) if n < 64 else ""
    print(n, [k.v for k in items][-12:], calls)
    Key.log = []
    out = sorted([Key(v) for v in pattern(n)], reverse=True)
    print(n, "reverse", [k.v for k in out][-8:], len(Key.log) if n < 64 else "")

# Stability through keys and reverse, and already sorted / descending input.
pairs = [(v, i) for i, v in enumerate(pattern(40))]
print(sorted(pairs, key=lambda p: p[0])[:10])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:10])
print(sorted(range(20), reverse=True) == list(range(19, -1, -1)), sorted(range(30, 0, -1))[:5])
print(sorted([3, 3, 2, 2, 1, 1], key=lambda x: -x), sorted("sorting short strings".split()))
print(sorted({"b": 2, "a": 1, "c": 0}.items()), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([1.5, float("nan"), 0.5, -1.0])[1:])

# A comparison failing part way leaves a permutation; the error is CPython's.
for n in [4, 63, 64, 70]:
    data = list(range(n, 0, -1))
    data[n // 2] = "x"
    try:
        data.sort()
    except TypeError as e:
        print(n, "TypeError", e, len(data), data.count("x"))

# A key function that mutates the list is reported after the sort.
for n in [3, 64, 65]:
    victim = list(range(n))

    def key(x):
        if x == 1:
            victim.append(-1)
        return -x

    try:
        victim.sort(key=key)
    except ValueError as e:
        print(n, "ValueError", e, len(victim))
