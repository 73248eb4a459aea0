# collections.defaultdict, Counter and OrderedDict: defaults and their
# repr, counting with most_common/update/subtract/elements/total, Counter
# arithmetic and comparisons, OrderedDict's move_to_end, popitem(last=),
# order-sensitive equality and 3.11's repr.
from collections import defaultdict, Counter, OrderedDict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups["z"], len(groups), "q" in groups, dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), isinstance(nested, dict))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(plain, defaultdict(set, {"a": {1}}), groups.copy() == groups)

c = Counter("abracadabra")
print(c, c.most_common(3), c["a"], c["zzz"], c.total())
print(sorted(c.elements()), list(c), len(c))
c.update("aab")
c.update({"z": 3})
c.subtract("aaaa")
print(c)
words = Counter(["red", "blue", "red", "green", "blue", "red"])
print(words.most_common(), words.most_common(1), words.most_common(0))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, b - a, a | b, a & b, +Counter(x=-1, y=2), -Counter(x=-1, y=2))
print(a == Counter(b=1, a=3), Counter(a=1) == Counter(a=1, b=0), Counter(), Counter(a=0))
print(Counter("hello") < Counter("hello world"), dict(Counter("aab")))
del c["zzz"]
c += Counter(q=1)
print(c)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od.popitem(), od)
od["c"] = 3
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od, od.popitem(last=False), od)
x = OrderedDict([("k", 1), ("j", 2)])
y = OrderedDict([("j", 2), ("k", 1)])
print(x == y, x == dict(y), dict(x) == y, OrderedDict(), OrderedDict.fromkeys("ab", 0))
print(list(reversed(x)), x.copy(), isinstance(x, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    x.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
