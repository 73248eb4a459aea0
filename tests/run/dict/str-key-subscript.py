# d["key"] and d["key"] = v on dicts with string keys: the key object
# itself, an equal string made at run time, a string never hashed before,
# keys after deletions, hash collisions with a str subclass or a user
# object whose __eq__ must run, dict subclasses, and missing keys.


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class SameHash:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("SameHash.__eq__", self.text, other)
        return self.text == other


d = {"a": 1, "b": 2, "c": None}
d["c"] = d
print(d["a"], d["b"], d["c"] is d, len(d))
name = "".join(["a", ""])
made = "".join(["b", "b"])[:1]
print(d[name], d[made])
fresh = str(12345)
d[fresh] = "fresh"
print(d[str(12345)], d[fresh])
d["a"] = 10
print(d["a"], list(d))

# Deleted keys leave dummies on the probe sequence.
e = {}
for i in range(40):
    e["k" + str(i)] = i
for i in range(0, 40, 3):
    del e["k" + str(i)]
print(sum(e["k" + str(i)] for i in range(40) if i % 3), len(e))
e["k3"] = "back"
print(e["k3"], list(e)[-1])

# A str subclass key: its __eq__ runs when a string with its hash is looked up.
f = {Loud("x"): "loud"}
print(f["x"])
f["x"] = "replaced"
print(f, type(list(f)[0]).__name__)

# A user object holding the string's hash: its __eq__ runs too.
g = {SameHash("y"): "user"}
print(g["y"])
g["y"] = "set"
print(len(g), g["y"])


class Defaults(dict):
    def __missing__(self, key):
        return "missing " + key


h = Defaults(z=1)
print(h["z"], h["nope"])
h["z"] = 2
print(h["z"])

try:
    d["nope"]
except KeyError as exc:
    print("KeyError", exc)
try:
    {}["empty"]
except KeyError as exc:
    print("KeyError", exc)
