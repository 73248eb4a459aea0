# dict(m), d.update(m) and dict(m, **kw) with a user class that has keys() and __getitem__ (the mapping protocol); other objects are iterables of pairs
class Mapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        return [k for k in self.data]
    def __getitem__(self, key):
        return self.data[key] * 10
    def __iter__(self):
        return iter(["not", "used"])

m = Mapping({"a": 1, "b": 2})
print(dict(m), dict(m, c=3))
d = {"z": 0}
d.update(m)
print(d)

class Pairs:
    def __iter__(self):
        return iter([("x", 1), ("y", 2)])
print(dict(Pairs()), dict([("k", "v")]), dict(zip("ab", range(2))))

class BadKeys:
    keys = None
try:
    dict(BadKeys())
except TypeError as e:
    print("TypeError:", e)

class Missing:
    def keys(self):
        return ["q"]
    def __getitem__(self, key):
        raise KeyError(key)
try:
    dict(Missing())
except KeyError as e:
    print("KeyError:", e)
