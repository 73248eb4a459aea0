# collections.abc: isinstance/issubclass of built-in types and duck-typed classes, mixin methods
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Collection, Callable,
                             Hashable, Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Reversible, KeysView, ItemsView, ValuesView, ByteString)
import collections.abc
from collections import abc

def gen():
    yield 1

values = [1, 1.5, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
          None, len, gen(), iter([]), {}.keys(), {}.items(), {}.values(), lambda: 0, int]
abcs = [Iterable, Iterator, Generator, Sized, Container, Collection, Callable, Hashable,
        Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Reversible,
        KeysView, ItemsView, ValuesView, ByteString]
for v in values:
    print(type(v).__name__, [a.__name__ for a in abcs if isinstance(v, a)])
print(issubclass(dict, Mapping), issubclass(list, Sequence), issubclass(str, MutableSequence))
print(collections.abc.Mapping is Mapping, abc.Sequence is Sequence)

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class NotHashable:
    __hash__ = None

class Box:
    def __len__(self):
        return 3

    def __contains__(self, x):
        return x == 1

    def __iter__(self):
        return iter([1, 2, 3])

    def __call__(self):
        return 0

for obj in (Countdown(2), NotHashable(), Box()):
    print(type(obj).__name__, [a.__name__ for a in abcs if isinstance(obj, a)])

class Table(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key.lower()]

    def __setitem__(self, key, value):
        self.data[key.lower()] = value

    def __delitem__(self, key):
        del self.data[key.lower()]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

t = Table()
t["A"] = 1
t.update({"B": 2}, C=3)
print(t.get("a"), t.get("z", 0), "b" in t, len(t), list(t.keys()), list(t.items()), list(t.values()))
print(t.setdefault("d", 4), t.pop("D"), t.pop("zz", None), t == {"a": 1, "b": 2, "c": 3}, dict(t))
print(t.popitem(), isinstance(t, Mapping), isinstance(t, dict), ("b", 2) in t.items(), 3 in t.values())
try:
    t.pop("missing")
except KeyError as e:
    print("KeyError", e)

class Seq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

s = Seq(5, 6, 7, 6)
print(list(s), 6 in s, list(reversed(s)), s.index(6), s.count(6), s.index(6, 2))
try:
    s.index(9)
except ValueError:
    print("ValueError")

class Bits(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)

b = Bits([1, 2, 3])
print(list(b & Bits([2, 3, 4])), list(b | Bits([9])), list(b - Bits([1])), list(b ^ Bits([3, 4])))
print(b <= Bits([1, 2, 3, 4]), b == Bits([3, 2, 1]), b.isdisjoint([7]), b < b)
b |= [10]
b -= [1]
print(list(b))
for cls in (Sequence, Mapping, Iterable):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Sequence):
    def __len__(self):
        return 0
try:
    Half()
except TypeError as e:
    print(e)
