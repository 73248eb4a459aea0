# pprint: pformat/pprint line breaking of nested dicts, lists, tuples, sets and
# long strings, width/indent/depth/compact/sort_dicts options, saferepr.
import pprint

data = {"name": "typhon", "version": (3, 11, 7), "tags": ["compiler", "python", "native", "aot"],
        "deps": {"cranelift": {"version": "0.110", "features": ["std", "unwind"]},
                 "rustpython-parser": {"version": "0.3", "features": []}},
        "numbers": list(range(30)), "empty": {}, "none": None, "flag": True, "ratio": 0.25}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, indent=4, width=60, sort_dicts=False))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=50))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat([list(range(8)) for _ in range(4)], width=30, compact=True))
print(pprint.pformat((1,), width=1), pprint.pformat(("a" * 30, "b" * 30), width=40))
print(pprint.pformat({3, 1, 2}), pprint.pformat(set(range(30)), width=20))
print(pprint.pformat(frozenset(range(12)), width=20))
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint({"text": text, "lines": "line one\nline two\n" * 3}, width=50)
pprint.pp({"b": 1, "a": [2] * 30})
pprint.pprint([[[[1, 2]]]], depth=2)
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(rec))
print(pprint.isreadable({"a": [1, 2]}), pprint.isreadable(object), pprint.saferepr({"b": 1, "a": (2,)}))
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat([], width=1), pprint.pformat({}))
printer = pprint.PrettyPrinter(indent=2, width=30)
printer.pprint({"key%d" % i: [i] * i for i in range(6)})


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Config(dict):
    pass


pprint.pprint([Point(i, i * i) for i in range(10)])
pprint.pprint(Config(alpha=list(range(20)), beta="x" * 50))
pprint.pprint({(1, 2): "tuple key", (0, 5): "other", (1, 0): "third" * 10})
try:
    pprint.pformat([], indent=-1)
except ValueError as e:
    print("ValueError", e)
