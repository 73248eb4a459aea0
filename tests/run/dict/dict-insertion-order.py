# Checks that dicts keep insertion order: updating a key keeps its place,
# deleting and re-inserting moves it to the end, keys/values/items agree.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(list(d), list(d.keys()), list(d.values()))
d["alpha"] = 99
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(d)
print(d.keys(), d.values(), d.items())
numbers = {}
for n in [5, 3, 9, 1, 3, 5]:
    numbers[n] = numbers.get(n, 0) + 1
print(numbers)
