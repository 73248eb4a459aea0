# reprlib: Repr's limits for each container and scalar (levels, fill value,
# sorted sets and dicts, long strings and ints, other objects), a subclass
# adding repr_<type>, aRepr/repr, and recursive_repr on a self-containing
# object.
import reprlib
from collections import deque

print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()), reprlib.repr([]))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset("abcdefgh")), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr({"b": 1, "a": 2}))
print(reprlib.repr("x" * 100))
print(reprlib.repr("short"), reprlib.repr("it's"), reprlib.repr("a\nb" * 20))
print(reprlib.repr(2 ** 200), reprlib.repr(-(10 ** 50)), reprlib.repr(12345))
print(reprlib.repr(3.14159), reprlib.repr(None), reprlib.repr(True))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}))
print(reprlib.repr(deque(range(10))), reprlib.repr(deque()))
print(reprlib.repr(b"bytes" * 20))


class Thing:
    def __repr__(self):
        return "Thing(" + "x" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


print(reprlib.repr(Thing()))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = "~"
print(r.repr([1, 2, 3, 4]), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.repr({"a": {"b": {}}}))
print(r.maxtuple, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxarray, r.maxlong, r.maxother)
print(reprlib.aRepr.maxlevel, reprlib.aRepr.fillvalue)


class MyRepr(reprlib.Repr):
    def repr_Thing(self, obj, level):
        return "<a thing>"

    def repr_int(self, obj, level):
        return "int:" + str(obj)


print(MyRepr().repr([Thing(), 5, (6,)]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
b = Node("b")
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Other(list):
    @reprlib.recursive_repr("<...>")
    def __repr__(self):
        return "Other" + list.__repr__(self)


o = Other([1])
o.append(o)
print(repr(o))
