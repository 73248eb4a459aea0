# Subclasses of dict: built-in methods, __missing__, overridden __getitem__ /
# __setitem__ reached through super() and dict.__setitem__, attributes on
# instances, repr, isinstance, equality and the __init__ protocol.
class Counted(dict):
    def __missing__(self, key):
        return 0

c = Counted()
c["a"] += 1
c["a"] += 1
c["b"] += 5
print(c, c["zzz"], len(c), "zzz" in c)
print(isinstance(c, dict), type(c).__name__, type(c) is Counted)
print(sorted(c.items()), list(c.keys()), c.get("q"), c.get("a"))

class Default(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self.factory()
        self[key] = value
        return value

d = Default(list, x=[1])
d["y"].append(2)
d["x"].append(3)
print(d, d.factory is list)
print(d == {"x": [1, 3], "y": [2]}, {"x": [1, 3], "y": [2]} == d)

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper())

u = Upper()
u["abc"] = 1
u["Def"] = 2
print(u, u["ABC"], u["def"], repr(u))
try:
    u["nope"]
except KeyError as e:
    print("KeyError", e)
u.update({"low": 3})
print(u)

class WithAttrs(dict):
    pass

w = WithAttrs(a=1)
w.note = "hello"
print(w, w.note, w.__dict__)
w2 = WithAttrs([("k", "v")], z=0)
print(w2, dict(w2), len(w2))
print(WithAttrs.fromkeys("ab", 0))
w2.clear()
print(w2, bool(w2), bool(w))
try:
    WithAttrs()["missing"]
except KeyError as e:
    print("KeyError", e)

class Sub(Counted):
    def __repr__(self):
        return "Sub(" + super().__repr__() + ")"

s = Sub(one=1)
print(s, s["two"], str(s), [s])
print(isinstance(s, Counted), isinstance(s, dict), Sub.__mro__)
