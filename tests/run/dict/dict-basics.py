# Checks dict literals, item get and set, in, get with a default, len, del,
# pop with and without a default, and overwriting a key.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), d["two"])
print("one" in d, "four" in d, "four" not in d, 1 in d)
print(d.get("two"), d.get("four"), d.get("four", 0))
del d["two"]
print(d)
print(d.pop("three"), d.pop("missing", "fallback"), d)
empty = {}
print(empty, len(empty), bool(empty))
mixed = {1: "int", "1": "str", 2.5: "float", None: "none", (1, 2): "tuple"}
print(mixed[1], mixed["1"], mixed[2.5], mixed[None], mixed[(1, 2)])
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"])
nested["a"]["b"]["d"] = [1]
print(nested)
print(dict(), dict([("x", 1), ("y", 2)]), dict(a=1, b=2))
