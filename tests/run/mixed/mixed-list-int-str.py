# Checks lists holding ints and strs together: printing, membership,
# sorting by a key that converts, and splitting them by type.
items = [3, "three", 1, "one", 2, "two"]
print(items, len(items), "one" in items, 1 in items, "1" in items)
numbers = []
words = []
for item in items:
    if isinstance(item, int):
        numbers.append(item)
    else:
        words.append(item)
print(sorted(numbers), sorted(words), sum(numbers))
print(sorted(items, key=str))
try:
    sorted(items)
except TypeError as e:
    print("TypeError:", e)
mixed = [1, 2.5, True, None, "x", [1], (2,)]
for m in mixed:
    print(repr(m), end=" | ")
print()
print(items.pop(1), items[1] * 2, items[0] * "ab"[0])
