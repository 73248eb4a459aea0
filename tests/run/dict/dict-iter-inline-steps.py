# Dict iterators stepped in line by generated code: keys, values and
# items of typed and untyped dicts, at every index width (one-, two- and
# four-byte index slots), over holes left by deletions, and the size and
# key changes during iteration that the runtime's step must report.


def typed_loops():
    d = {}
    for i in range(10):
        d["k" + str(i)] = i * i
    keys = []
    for k in d:
        keys.append(k)
    total = 0
    for v in d.values():
        total += v
    pairs = []
    for k, v in d.items():
        pairs.append(k + "=" + str(v))
    print(keys)
    print(total, pairs[:3], pairs[-1])


def untyped(d):
    out = []
    for k in d:
        out.append(k)
    for v in d.values():
        out.append(v)
    for k, v in d.items():
        out.append((k, v))
    return out


def widths():
    for n in (5, 90, 200, 30000):
        d = {i: -i for i in range(n)}
        keys = 0
        for k in d:
            keys += k
        values = 0
        for v in d.values():
            values += v
        both = 0
        for k, v in d.items():
            both += k - v
        print(n, keys, values, both)


def holes():
    d = {i: str(i) for i in range(20)}
    for i in range(0, 20, 3):
        del d[i]
    print(list(d)[:5], len(d))
    seen = []
    for k, v in d.items():
        seen.append(v)
    print("".join(seen))
    d.clear()
    for k in d:
        print("never", k)
    d["again"] = 1
    for k, v in d.items():
        print(k, v)


def changes():
    d = {1: 1, 2: 2, 3: 3}
    try:
        for k in d:
            d[k + 10] = k
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = {1: 1, 2: 2, 3: 3}
    try:
        for k, v in d.items():
            del d[k]
            d[k + 100] = v
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = {i: i for i in range(8)}
    try:
        for k in d:
            del d[k]
            d[k + 100] = k
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(d)
    d = {1: 1, 2: 2}
    try:
        for v in d.values():
            d.pop(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = {1: "a", 2: "b"}
    for k in d:
        d[k] = d[k] * 2
    print(d)


class Pairs:
    """Not a dict: its items() is a list, which the dict guess must not miss."""

    def items(self):
        return [("x", 1), ("y", 2)]

    def values(self):
        return iter([7, 8])

    def keys(self):
        return ("p", "q")


class Sub(dict):
    pass


def lookalikes():
    p = Pairs()
    for k, v in p.items():
        print(k, v)
    for v in p.values():
        print(v)
    for k in p.keys():
        print(k)
    s = Sub(a=1, b=2)
    for k, v in s.items():
        print(k, v)
    for k in s.keys():
        print(k)


def comprehensions():
    d = {"a": 1, "b": 2, "c": 3}
    print({v: k for k, v in d.items()})
    print([v * 2 for v in d.values()])
    print(sum(v for v in d.values()), sorted(k for k in d))
    try:
        for a, b, c in d.items():
            pass
    except ValueError as e:
        print("ValueError:", e)


typed_loops()
print(untyped({"a": 1, 2: "b"}))
print(untyped(Sub(z=26)))
widths()
holes()
changes()
lookalikes()
comprehensions()
