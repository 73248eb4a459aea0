# collections.UserDict, UserList and UserString: the wrapped data, the
# mapping/sequence/str methods, subclass hooks (__missing__, overridden
# __setitem__), operators and isinstance against collections.abc.
from collections import UserDict, UserList, UserString
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence

d = UserDict({"a": 1}, b=2)
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("b"), "c" in d, list(d), d.data)
print(d.keys(), list(d.items()), list(d.values()))
print(d.pop("a"), d.pop("zz", 0), d.setdefault("q", 9), d.setdefault("b", 0), d)
print(d == {"b": 2, "c": 3, "q": 9}, d == UserDict(b=2, c=3, q=9), d != {"b": 2})
print(d | {"x": 1}, {"y": 0} | d, type(d | {}).__name__)
d |= {"b": 20}
print(d, d.copy(), type(d.copy()).__name__, UserDict.fromkeys("ab", 0))
print(d.popitem(), d)
d.update([("k", "v")], z=26)
d.clear()
print(d, isinstance(d, MutableMapping), isinstance(d, Mapping))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


print(Defaulting()["ab"], Upper({"x": 1}, y=2), Upper(x=1).copy(), type(Upper().copy()).__name__)

l = UserList([3, 1, 2])
l.append(5)
l.extend(UserList([0]))
l.insert(0, 9)
print(l, len(l), l[0], l[1:3], type(l[1:3]).__name__, 5 in l, list(reversed(l)))
l.sort()
print(l, l.pop(), l.pop(0), l.index(2), l.count(3), l)
l.remove(3)
l.reverse()
print(l, l + [7], l * 2, 2 * l, type(l + [7]).__name__)
l += (8,)
l *= 2
print(l, l == [2, 1, 8, 2, 1, 8], l < UserList([3]), l.copy(), UserList("ab"), UserList())
del l[0]
l[0] = "x"
print(l, [x for x in l], isinstance(l, MutableSequence), isinstance(l, Sequence))

s = UserString("Hello World")
print(s, repr(s), len(s), s[0], s[-5:], type(s[0]).__name__, s.upper(), s.lower(),
      type(s.upper()).__name__)
print(s + "!", s * 2, s.split(), s.replace("World", UserString("There")),
      s.find("o"), s.count("l"), "World" in s, s.startswith("He"), s.endswith(("d", "x")))
print(s.center(15, "*"), s.zfill(13), s.strip("Hd"), s.title(), s.swapcase(), s.encode(),
      s.partition(" "), s.isalpha(), UserString("42").isdigit(), int(UserString("42")),
      float(UserString("1.5")))
print(UserString("%s-%d") % ("a", 1), s == "Hello World", s < "Z", hash(s) == hash("Hello World"),
      sorted([UserString("b"), UserString("a")]), UserString(42), list(UserString("abc")),
      UserString("a,b").split(","), UserString("{}!").format(3))
print(isinstance(s, Sequence), isinstance(s, str))
