# weakref with live referents: ref (identity of callback-free refs, equality,
# hashing), WeakMethod, proxy forwarding, WeakValueDictionary,
# WeakKeyDictionary and WeakSet as containers, and CPython's TypeError for
# objects that cannot be weakly referenced.
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None

    def __repr__(self):
        return "Node(%s)" % self.name

    def greet(self, other):
        return "%s greets %s" % (self.name, other)


class Pt:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Pt) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __add__(self, other):
        return Pt(self.x + other)

    def __lt__(self, other):
        return self.x < other.x

    def __len__(self):
        return self.x


root = Node("root")
child = Node("child")
child.parent = weakref.ref(root)
print(child.parent() is root, child.parent().name)
r1 = weakref.ref(root)
print(r1 is weakref.ref(root), r1 is child.parent, type(r1) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(r1.__callback__)
a, b = Pt(1), Pt(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, ra is rb, hash(ra) == hash(a), ra == a)
d = {ra: "a"}
print(d[rb])

wm = weakref.WeakMethod(root.greet)
m = wm()
print(m("you"), m.__func__ is Node.greet, m.__self__ is root, wm == weakref.WeakMethod(root.greet))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

p = weakref.proxy(child)
print(p.name, str(p), p.greet("proxy"), isinstance(p, weakref.ProxyType), type(p) in weakref.ProxyTypes)
p.name = "renamed"
print(child.name)
del p.parent
print(hasattr(child, "parent"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
p5 = Pt(5)
pp = weakref.proxy(p5)
print(pp + 1 == Pt(6), len(pp), pp.x, pp < Pt(9))
gm = child.greet
fp = weakref.proxy(gm)
print(fp("x"), isinstance(fp, weakref.CallableProxyType))

cache = weakref.WeakValueDictionary()
n1, n2 = Node("one"), Node("two")
cache["a"] = n1
cache["b"] = n2
print(len(cache), cache["a"], "a" in cache, "z" in cache, sorted(cache), cache.get("z", "dflt"))
print(sorted(cache.items()), sorted(cache.keys()))
print(cache.setdefault("c", n1), len(cache))
del cache["c"]
print(len(cache), [r() for r in cache.valuerefs()])
try:
    cache["x"] = 42
except TypeError as e:
    print("TypeError:", e)
try:
    cache["missing"]
except KeyError as e:
    print("KeyError:", e)
cache2 = cache.copy()
cache2.pop("a")
print(len(cache), len(cache2))

meta = weakref.WeakKeyDictionary()
meta[n1] = "first"
meta[n2] = "second"
print(len(meta), meta[n1], n2 in meta, 5 in meta, sorted(meta.values()))
for key, value in sorted(meta.items(), key=lambda kv: kv[1]):
    print(key, value)
try:
    meta["str"] = 1
except TypeError as e:
    print("TypeError:", e)
print([r() for r in meta.keyrefs()] == [n1, n2])
meta.update({n1: "updated"})
print(meta[n1], meta.get(n2), meta.pop(n2), len(meta))

ws = weakref.WeakSet()
ws.add(n1)
ws.add(n2)
ws.add(n1)
print(len(ws), n1 in ws, root in ws, 3 in ws, sorted(x.name for x in ws))
ws.discard(n2)
print(len(ws), list(ws))
try:
    ws.add([1])
except TypeError as e:
    print("TypeError:", e)
ws2 = weakref.WeakSet([n1, root])
print(sorted(x.name for x in ws | ws2), sorted(x.name for x in ws2 - ws), len(ws & ws2), ws <= ws2)
print(repr(weakref.WeakSet()))


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyList(list):
    pass


class MyInt(int):
    pass


class MyError(Exception):
    pass


def gen():
    yield 1


for obj in [1, "s", (1,), [1], {}, None, b"x", 1.5, True, 2j, range(2), object(),
            MyList(), MyInt(3), Slotted(), SlottedWeak(), set(), frozenset(), len,
            gen(), Node, MyError(), ValueError(), bytearray()]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)
