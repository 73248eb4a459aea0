# Consumers of a whole iterable given a dict view (sorted, str.join, min,
# max, list/tuple, math.fsum, unpacking) read the dict's entries in
# insertion order, skipping deleted ones, with fresh (key, value) tuples
# for items; views of empty, emptied, grown and subclassed dicts.
import math

d = {"pear": 3, "apple": 1, "fig": 2, "kiwi": 5}
print(sorted(d.items()), sorted(d.keys()), sorted(d.values()))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(" ".join(d.keys()), "|".join(d), max(d.items()), min(d.values()))
del d["fig"]
d["plum"] = 4
print(sorted(d.items()), list(d.items()), tuple(d.values()))
items = sorted(d.items())
items[0] = ("zzz", 0)
print(d["apple"], items[0], sorted(d.items())[0])
pairs = sorted({}.items())
print(pairs, sorted({}.keys()), list({}.values()))
e = {i: i * i for i in range(100)}
for i in range(0, 100, 3):
    del e[i]
print(len(sorted(e.items())), sorted(e.items())[:4], sorted(e.values())[-3:])
print(math.fsum({1: 0.1, 2: 0.2, 3: 0.3}.values()))
e.clear()
print(sorted(e.items()), sorted(e))


class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))

    def items(self):
        return [("overridden", 1)]


o = Ordered(b=2, a=1, c=3)
print(sorted(o.items()), list(o), sorted(dict.items(o)), list(dict.keys(o)))
big = {str(i): i for i in range(5000)}
got = sorted(big.items(), key=lambda kv: kv[1])
print(len(got), got[0], got[-1], all(type(p) is tuple and len(p) == 2 for p in got))
first, *rest = {"x": 1, "y": 2}.items()
print(first, rest)
nested = {"k": [1, 2]}
pair = sorted(nested.items())[0]
pair[1].append(3)
print(nested)
