# Subclasses of list, tuple, str and bytes: construction, native methods,
# repr without __repr__, overridden dunders seen by built-in operations,
# super() reaching the built-in methods, and instance attributes.
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
s.extend([4, 5])
print(s, s.peek(), len(s), s[1:3], s.pop(), s)
print(isinstance(s, list), type(s).__name__, s == [1, 2, 3, 4], sorted(Stack([3, 1, 2])))
s.label = "mine"
print(s.label, s.__dict__, list(reversed(s)), 3 in s, s + [9], s * 2)
s[0] = 100
del s[1]
print(s, s.index(3), s.count(3))
for item in s:
    print("item", item)

class Logged(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def append(self, item):
        print("append", item)
        super().append(item)
    def __getitem__(self, idx):
        print("get", idx)
        return super().__getitem__(idx)
    def __len__(self):
        return super().__len__() * 10

lg = Logged("log")
lg.append("x")
lg.append("y")
print(lg, lg[0], len(lg), lg.name, bool(lg))

class Pair(tuple):
    def first(self):
        return self[0]

p = Pair((1, 2))
print(p, p.first(), len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)), type(p).__name__)
a, b = p
print(a, b, p.count(1), isinstance(p, tuple), p[::-1])

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
print(n, repr(n), n.shout(), len(n), n + "by", n == "bob", "o" in n, n[0], type(n).__name__)
print({n: 1}["bob"], f"{n:>5}|", n.title(), n.split("o"), isinstance(n, str), hash(n) == hash("bob"))
n.extra = 5
print(n.extra, str(n), "%s!" % n, "-".join([n, n]))

class Blob(bytes):
    pass

bl = Blob(b"abc")
print(bl, len(bl), bl[0], bl.upper(), bl == b"abc", isinstance(bl, bytes), type(bl).__name__)

class Path(str):
    def __new__(cls, *parts):
        return super().__new__(cls, "/".join(parts))
    def __truediv__(self, other):
        return Path(self, other)

root = Path("usr", "lib")
print(root, root / "python", type(root / "x").__name__, repr(root))
