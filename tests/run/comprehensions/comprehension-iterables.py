# Comprehensions over every kind of iterable: strings, dicts (keys), dict
# items with tuple targets, ranges with steps, enumerate and zip, sorted
# sets, and an iterator shared between clauses.
print([c for c in "abc"], [k for k in {"x": 1, "y": 2}])
print([f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
print([i for i in range(10, 0, -3)], [i * j for i, j in zip(range(3), "abc")])
print([(i, ch) for i, ch in enumerate("hey") if ch != "e"])
print([x for x in sorted({3, 1, 2})], [t for t in (4, 5)])
it = iter(range(6))
print([(a, b) for a, b in zip(it, it)])
nested = {"a": [1, 2], "b": [3]}
print([(k, v) for k, vs in nested.items() for v in vs])
print({(x, y): x * y for x in range(2) for y in range(2)})
print([[r, c] for r, c in [(1, 2), [3, 4]]])
