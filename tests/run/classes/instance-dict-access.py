# obj.__dict__ is a real dict: mutations through it are visible as
# attributes and back, it can be replaced, and it stays the same object.


class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


c = C(1, 2)
d = c.__dict__
print(type(d).__name__, d)
d["a"] = 10
d["extra"] = "x"
print(c.a, c.extra, c.total())
c.b = 20
c.more = [1]
print(d, c.__dict__ is d)
del d["a"]
print(hasattr(c, "a"), c.__dict__)
c.a = 5
print(c.__dict__, c.total())
del c.extra
print("extra" in d, d)

# Replacing __dict__.
e = C(3, 4)
e.__dict__ = {"b": 1, "a": 2}
print(e.a, e.b, e.total(), e.__dict__)
e.c = 9
print(e.__dict__)
try:
    e.__dict__ = [1, 2]
except TypeError as exc:
    print("TypeError:", exc)

# Other instances of the class are not affected.
f = C(7, 8)
print(f.__dict__, f.total())
d.clear()
print(c.__dict__, hasattr(c, "b"), f.a)

# A dict taken before more attributes are added sees them.
g = C(1, 1)
gd = g.__dict__
g.late = 3
print(gd)
g.__dict__.update(a=100, z=0)
print(g.a, g.z, g.total(), list(g.__dict__))

# Equal contents compare equal, whether the dict was materialised or not.
h1 = C(1, 2)
h2 = C(1, 2)
print(h1.__dict__ == h2.__dict__, h1.__dict__ == {"a": 1, "b": 2})


class S:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1


s = S()
s.q = 2
print(s.p, s.q)
try:
    s.__dict__
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    s.r = 3
except AttributeError as exc:
    print("AttributeError:", exc)
del s.p
try:
    s.p
except AttributeError as exc:
    print("AttributeError:", exc)
s.p = 5
print(s.p, s.q)
