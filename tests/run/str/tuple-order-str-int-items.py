# Tuples and lists ordered by a first differing item that is a str or a
# small int (sorting dict items, `(-count, name)` keys) compare exactly as
# their items do: every operator, equal prefixes, lengths, non-ASCII and
# surrogate text, big ints and bools, mixed types raising TypeError, and
# str/int subclasses whose own comparison methods still run.
import sys

pairs = [("b", 2), ("a", 9), ("é", 1), ("z", 0), ("ab", 3), ("", 5), ("\U0001f600", 4), ("\uffff", 6)]
print(sorted(pairs))
print(sorted(dict(pairs).items(), reverse=True))
counts = {"x": 3, "y": 1, "w": 3, "v": 10, "u": -2}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

ops = [
    ("<", lambda a, b: a < b),
    ("<=", lambda a, b: a <= b),
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
    (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b),
]
cases = [
    (("a", 1), ("b", 0)),
    (("b", 1), ("a", 2)),
    (("a", 1), ("a", 2)),
    (("a",), ("a", 0)),
    ((1, "z"), (2, "a")),
    ((-5, "a"), (-6, "b")),
    ((1, 2, 3), (1, 2, 4)),
    ((2**70, "a"), (2**70 + 1, "a")),
    ((True, 1), (False, 2)),
    ((1.5, 0), (1, 0)),
    ((b"\xff".decode("utf-8", "surrogateescape"), 0), ("\ue000", 0)),
    (["a", 1], ["b", 0]),
    ([3], [2, 9]),
]
for a, b in cases:
    print(a, b, " ".join(name for name, op in ops if op(a, b)))

for a, b in [(("a", 1), (1, "a")), ((1,), ("1",)), (["x"], [None])]:
    for name, op in ops:
        try:
            op(a, b)
        except TypeError as e:
            print(name, "TypeError:", e)


class Loud(str):
    def __lt__(self, other):
        print("  Loud.__lt__", str(self), other)
        return str.__lt__(self, other)


class Big(int):
    def __gt__(self, other):
        print("  Big.__gt__", int(self), other)
        return True


print(sorted([(Loud("b"), 1), (Loud("a"), 2)]))
print((Big(1), 0) > (2, 0), (Big(1), 0) > (1, 0))
print(("b", 0) < (Loud("c"), 0))
print(sys.maxsize > 0, (sys.maxsize, 0) < (sys.maxsize + 1, 0), (-(2**62), 0) < (2**62, 0))
