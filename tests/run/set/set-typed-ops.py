# Sets inference types (from set() and displays) take direct paths for
# `in`, add and discard; errors, aliasing through functions and mixed
# element kinds behave as CPython's.
def search(n):
    seen = set()
    order = []
    for i in range(n):
        k = (i * 7) % 5
        if k in seen:
            seen.discard(k)
        else:
            seen.add(k)
        order.append(len(seen))
    return order, sorted(seen)


def spoil(s):
    s.add("x")


print(search(12))
mixed = {1, 2}
spoil(mixed)
print(sorted(str(m) for m in mixed), "x" in mixed, 3 in mixed)
bad = set()
try:
    bad.add([1])
except TypeError as e:
    print("add:", e)
try:
    print([1] in bad)
except TypeError as e:
    print("in:", e)
try:
    bad.discard({})
except TypeError as e:
    print("discard:", e)
bad.discard({1, 2})
bad.add(frozenset({1}))
print({1} in bad, frozenset({1}) in bad)
bad.discard({1})
print(len(bad), bad)
nested = {(1, 2), (3, 4)}
nested.add((5, 6))
print(sorted(nested), (3, 4) in nested)
