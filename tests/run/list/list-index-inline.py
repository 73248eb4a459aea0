# Checks list indexing and item assignment (inlined for exact lists and
# small-int indices): negative indices, out-of-range errors, bool and huge
# int indices, non-int keys, and subclasses that override or inherit
# __getitem__/__setitem__.
l = [10, 20, 30]
print(l[0], l[2], l[-1], l[-3])
l[-1] = 33
l[0] = "a"
print(l)
for bad in (3, -4, 100, -100):
    try:
        l[bad]
    except IndexError as e:
        print("get", bad, type(e).__name__, e)
    try:
        l[bad] = 0
    except IndexError as e:
        print("set", bad, type(e).__name__, e)
print(l[True], l[False])
l[True] = "t"
print(l)
try:
    l[2**70]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l[2**70] = 1
except IndexError as e:
    print(type(e).__name__, e)
for key in ("0", 1.0, None, (1,)):
    try:
        l[key]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        l[key] = 5
    except TypeError as e:
        print(type(e).__name__, e)
empty = []
try:
    empty[0]
except IndexError as e:
    print("empty", e)
try:
    empty[-1] = 1
except IndexError as e:
    print("empty", e)


class Logged(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)


class Plain(list):
    pass


g = Logged([1, 2, 3])
print(g[1], g[-1])
g[0] = 9
print(g)
p = Plain([4, 5, 6])
p[-2] = 50
print(p[1], p[-1], p)
try:
    p[3]
except IndexError as e:
    print("plain", e)
# The same subscript on other types.
for seq in ((1, 2, 3), "abc", range(3), b"xyz", {0: "zero", -1: "minus"}):
    print(seq[0], seq[-1])
d = {}
d[1] = 2
print(d)


class Index:
    def __index__(self):
        return 1


print(l[Index()])
l[Index()] = "via index"
print(l)
# A loop of stores and loads.
squares = [0] * 10
for i in range(10):
    squares[i] = i * i
for i in range(-1, -11, -1):
    squares[i] += 1
print(squares, sum(squares[i] for i in range(10)))
