# Checks `del obj.attr` and `delattr()` on instances (dict and __slots__),
# classes (the per-class attribute cache must forget deleted attributes,
# including inherited ones), properties with and without deleters, and
# user __delattr__ overrides, with CPython's error messages.


class P:
    kind = "base"

    def __init__(self):
        self.x = 1
        self.y = 2

    def hello(self):
        return "hello"


p = P()
del p.x
print(hasattr(p, "x"), p.y)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.hello
except AttributeError as e:
    print("AttributeError:", e)
delattr(p, "y")
print(hasattr(p, "y"))
p.kind = "instance"
print(p.kind)
del p.kind
print(p.kind)


class Q(P):
    pass


q = Q()
print(q.kind, q.hello())
del P.kind
print(hasattr(q, "kind"), hasattr(P, "kind"))
try:
    del Q.kind
except AttributeError as e:
    print("AttributeError:", e)
P.kind = "again"
print(q.kind)
del P.hello
try:
    q.hello()
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Q.__name__
except TypeError as e:
    print("TypeError:", e)


class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
del s.a
print(hasattr(s, "a"))
for name in ["a", "b", "c"]:
    try:
        delattr(s, name)
    except AttributeError as e:
        print("AttributeError:", e)


class R:
    def __init__(self):
        self._v = 5

    @property
    def v(self):
        return self._v

    @v.deleter
    def v(self):
        print("deleting v")
        del self._v

    @property
    def w(self):
        return 1


r = R()
del r.v
print(hasattr(r, "_v"))
try:
    del r.w
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("delattr", name)
        if name == "b":
            raise AttributeError("b is protected")
        super().__delattr__(name)


g = Logged()
del g.a
print(hasattr(g, "a"))
try:
    del g.b
except AttributeError as e:
    print("AttributeError:", e)
object.__delattr__(g, "b")
print(hasattr(g, "b"))
try:
    del g.missing
except AttributeError as e:
    print("AttributeError:", e)


class Dunder:
    def __len__(self):
        return 3


d = Dunder()
print(len(d))
del Dunder.__len__
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)


class MyError(Exception):
    pass


err = MyError("boom")
err.detail = 1
del err.detail
print(hasattr(err, "detail"))
try:
    del err.detail
except AttributeError as e:
    print("AttributeError:", e)
