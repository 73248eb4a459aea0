# Checks set literals, set(), add, duplicates collapsing, in, len, discard
# and remove, and how sets of small ints print.
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(s, len(s))
s.discard(2)
s.discard(99)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
empty = set()
print(empty, len(empty), bool(empty))
empty.add(0)
print(empty)
print(set([5, 4, 4, 3]), set(range(6)), {-1, -2}, {100, 7})
