# Dict key and value kinds: displays, comprehensions, item stores, get
# with and without a default, setdefault, pop, views in loops, copy and
# update; dicts reached through other functions, objects or globals, and
# typed iterators from enumerate, zip, reversed and iter.

store = {}


def counts(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    total = 0
    for k, v in c.items():
        total += v
    return c, total, sorted(c), sorted(c.values())


def floats():
    d = {"a": 1.5, "b": 2.5}
    s = 0.0
    for v in d.values():
        s += v
    for k in d:
        s += d[k]
    squares = {i: i * 0.5 for i in range(4)}
    return s, squares, squares[3] * 2, d.get("zz"), d.get("a")


def mixed():
    d = {"x": 1}
    d["y"] = "two"
    d.setdefault("z")
    e = d.copy()
    e["w"] = 4.5
    return d, e, [type(v).__name__ for v in e.values()]


def escapes(flag):
    d = {"a": 1.0}
    o = d if flag else [1]
    if flag:
        o["b"] = "via obj"
    g = {"k": 2.0}
    helper(g)
    global store
    h = {"q": 0.5}
    store = h
    store["r"] = None
    return d, g, h


def helper(m):
    m["k2"] = [1, 2]


def nested():
    grid = {}
    for i in range(3):
        grid[i] = [0.0] * 2
    grid[1].append("tail")
    rows = {"r": [1.0]}
    rows.update({"s": [2.0]})
    rows["s"].append(3)
    return grid, rows, grid[0][0] + 1.0


def pops():
    d = {1: 1.5, 2: 2.5}
    a = d.pop(1)
    b = d.pop(5, 0.5)
    k, v = d.popitem()
    return a + b, k, v, d


def iterators(xs):
    out = []
    for i, x in enumerate(xs):
        out.append(i * x)
    for i, x in enumerate(xs, 10):
        out.append(i + x)
    pairs = []
    for a, b in zip(xs, "abc"):
        pairs.append(b * 2 + str(a))
    back = [x * 2 for x in reversed(xs)]
    it = iter(xs)
    first = next(it)
    rest = [x for x in it]
    return out, pairs, back, first, rest


print(counts(["a", "b", "a", "c", "b", "a"]))
print(floats())
print(mixed())
print(escapes(True), escapes(False))
print(nested())
print(pops())
print(iterators([1.5, 2.5, 3.5]))
print(iterators([1, 2]))
