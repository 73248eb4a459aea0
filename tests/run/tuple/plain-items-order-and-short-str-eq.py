# Checks tuple and list ordering decided by small-int and exact-str items
# (sorting keys, sorted items, every operator, prefixes and lengths, items
# compared by identity, other items falling back to their own comparisons)
# and equality of short strings of every length up to 20 (dict and set keys
# differing in one byte at each position).
nan = float("nan")


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    __hash__ = None


class S(str):
    def __eq__(self, other):
        print("S.eq", str(self), str(other))
        return str.__eq__(self, other)

    def __lt__(self, other):
        print("S.lt", str(self), str(other))
        return str.__lt__(self, other)

    __hash__ = str.__hash__


pairs = [(3, "b"), (1, "z"), (3, "a"), (-2, "q"), (1, "a"), (3, "a", 0), (3,), ()]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
counts = {"tea": 4, "sky": 9, "map": 4, "zip": 1, "kite": 9, "red": 0}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts.items()))
print(min(pairs[:5]), max(pairs[:5]))
for a, b in [((1, "a"), (1, "b")), ((1, "a"), (1, "a")), ((1,), (1, "a")), ((2,), (1, "a")),
             (("é", 1), ("e", 2)), ((chr(0xDC80),), (chr(0xFFFF),)), ((10**30, 1), (10**30, 2)),
             ((True, 1), (1, 0)), ((1.5, "x"), (1.5, "y"))]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
    print(list(a) < list(b), list(a) <= list(b), list(a) == list(b), list(a) >= list(b))
print((nan, 1) < (nan, 2), (nan, 1) == (nan, 1), [nan, "a"] < [nan, "b"], [nan] == [nan])
print((1, Loud(1)) < (1, Loud(2)), (1, Loud(1)) < (2, Loud(0)))
print(sorted([(1, Loud(3)), (1, Loud(2)), (0, Loud(5))], key=lambda p: p)[0][1].v)
print((S("a"), 1) < (S("a"), 2), ("a", S("b")) < ("a", S("c")))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, "a"), (1, None)])
except TypeError as e:
    print("TypeError", e)
print(sorted([[2, "a"], [1, "b"], [2, "a", 1], [2]]))

base = "abcdefghijklmnopqrst"
seen = {}
members = set()
for n in range(21):
    key = base[:n]
    seen[key] = n
    members.add(key)
hits = 0
for n in range(21):
    for i in range(n):
        changed = base[:i] + "X" + base[i + 1:n]
        hits += changed in seen
        hits += changed in members
        hits += changed == base[:n]
    same = "".join(list(base[:n]))
    hits += 10 * (seen.get(same) == n) + (same in members) + (same == base[:n])
print(hits, len(seen), len(members))
print({"ab\x00": 1}.get("ab\x00"), {"ab\x00": 1}.get("ab\x01"), "é" * 3 == "é" + "éé")
