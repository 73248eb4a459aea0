# Set and dict comprehensions: duplicates collapse, later keys win, values
# computed from the key, inverting a dict, nested dict comprehensions.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}))
print({w[0]: w for w in words})
print({len(w) for w in words} == {5, 6, 7, 9})
prices = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in prices.items()})
print({k: v * 2 for k, v in prices.items() if v > 1})
table = {r: {c: r * c for c in range(1, 3)} for r in range(1, 3)}
print(table)
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print({i % 3: i for i in range(10)})
