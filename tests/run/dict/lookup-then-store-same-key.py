# A store of a str key right after a lookup of the same key object
# (`d[k] = d.get(k, 0) + 1`, `if k not in d: d[k] = v`) gives the same
# dict as two independent lookups would, whatever happens in between:
# other keys added or removed, the table rebuilt, the dict cleared or
# copied, the value replaced, a collection, another dict, str subclasses
# and keys whose __eq__/__hash__ run Python code.
import gc


def fresh(*parts):
    # A new str object each call, equal to earlier ones.
    return "".join(parts)


def counting():
    counts = {}
    for word in "a b a c b a d a".split():
        key = fresh(word, "!")
        counts[key] = counts.get(key, 0) + 1
    print(counts)
    seen = {}
    for word in "x y x z".split():
        key = fresh("k", word)
        if key not in seen:
            seen[key] = len(seen)
    print(seen)


def mutated_between():
    d = {"a": 1, "b": 2}
    k = fresh("a")
    old = d.get(k)
    d["new"] = 0  # a key added: the entry positions are still right
    d[k] = old + 10
    print(d)
    k = fresh("b")
    old = d.get(k)
    del d["b"]  # the key itself removed: the store adds it at the end
    d[k] = old + 20
    print(d)
    k = fresh("zz")
    missing = d.get(k)
    for i in range(40):  # the table grows several times
        d[f"g{i}"] = i
    d[k] = missing
    print(len(d), list(d)[-1], d[k])
    k = fresh("a")
    d.get(k)
    d.clear()
    d[k] = "after clear"
    print(d)
    k = fresh("q")
    d.get(k)
    d.popitem()
    d[k] = "after popitem"
    print(d)
    k = fresh("r")
    print(k in d)
    d["r"] = 1  # an equal key stored through another object
    d[k] = 2
    print(d)
    k = fresh("a")
    d = {"a": 1}
    d.get(k)
    d["a"] = 5  # the value replaced, nothing else
    d[k] = d[k] * 3
    print(d)


def other_dicts():
    first = {"a": 1}
    second = {"a": 100, "b": 200}
    k = fresh("a")
    first.get(k)
    second[k] = 7
    print(first, second)
    k = fresh("b")
    first.get(k)
    copy = first.copy()
    copy[k] = 3
    first[k] = 4
    print(first, copy)
    k = fresh("c")
    first.get(k)
    gc.collect()
    first[k] = 9
    print(first)
    k = fresh("d")
    first.get(k)
    first.update({"e": 5})
    first[k] = 6
    print(first)
    k = fresh("f")
    first.get(k)
    first.setdefault("g", 7)
    first[k] = 8
    print(first)


class Loud(str):
    def __eq__(self, other):
        print("  eq", str.__str__(self), other)
        return str.__eq__(self, other)

    def __hash__(self):
        print("  hash", str.__str__(self))
        return str.__hash__(self)


class Stores(dict):
    def __setitem__(self, key, value):
        print("  setitem", key, value)
        dict.__setitem__(self, key, value)


def python_code_runs():
    d = {"a": 1}
    k = Loud("a")
    print("get", d.get(k))
    d[k] = 2
    print(d, type(list(d)[0]).__name__)
    d = {Loud("b"): 1}
    k = fresh("b")
    print("get", d.get(k))
    d[k] = 3
    print(d)
    s = Stores(a=1)
    k = fresh("a")
    s[k] = s.get(k) + 1
    print(s)
    k = fresh("n")
    print(k in s)
    s[k] = 0
    print(s)


def mutation_in_eq():
    class Mutates:
        def __init__(self, target):
            self.target = target

        def __hash__(self):
            return hash("m")

        def __eq__(self, other):
            self.target["added"] = 1
            return False

    d = {}
    d[Mutates(d)] = 0
    k = fresh("m")
    print(d.get(k))
    d[k] = 1
    print(sorted(str(v) for v in d.values()), len(d))

    class Counts:
        calls = 0

        def __hash__(self):
            return hash("c")

        def __eq__(self, other):
            Counts.calls += 1
            return False

    d = {Counts(): 0}
    k = fresh("c")
    for _ in range(2):
        before = Counts.calls
        value = d.get(k, 0)
        middle = Counts.calls
        d[k] = value + 1
        print("eq in get:", middle > before, "eq in store:", Counts.calls > middle)
    print(len(d), d[k])


counting()
mutated_between()
other_dicts()
python_code_runs()
mutation_in_eq()
