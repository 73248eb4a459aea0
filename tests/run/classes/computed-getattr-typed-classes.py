# getattr / hasattr with names computed at run time in a program whose
# classes inference types: attributes, methods, class objects (and the
# `__init__` they run through the protocol with other argument kinds),
# unbound methods called on an existing instance, class namespaces read
# with type.__getattribute__(cls, "__dict__").


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


class Named(Vec):
    label = "n"

    def describe(self):
        return self.label + str(self.norm2())


names = ["x", "y", "missing", "label", "norm" + "2"]
v = Vec(3, 4)
n = Named(1, 2)
for obj in (v, n):
    for name in names:
        found = getattr(obj, name, "default")
        print(name, hasattr(obj, name), found() if callable(found) else found)

cls = getattr(v, "__" + "class__")
w = cls("a", "b")
print(w.x + w.y, getattr(w, "x" * 1), type(w).__name__)
print((v + v).norm2(), getattr(v, "__add__")(n).x)

init = getattr(Vec, "__" + "init__")
init(v, 10.5, 2)
print(v.norm2(), v.x, (v + n).x)
print(getattr(n, "desc" + "ribe")())

ns = type.__getattribute__(Named, "__dict__")
print(sorted(k for k in ns if not k.startswith("__")))
print("norm2" in type.__getattribute__(Vec, "__dict__"))
try:
    type.__getattribute__(v, "__dict__")
except TypeError as e:
    print("TypeError:", e)

total = 0.0
for i in range(1000):
    p = Vec(float(i), 1.0)
    total += getattr(p, names[i % 2])
print(total)
