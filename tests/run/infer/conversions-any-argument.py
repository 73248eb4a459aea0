# int(x) / float(x) of any argument give an exact int / float (or raise),
# so their results are typed even for objects (subclass instances, user
# __int__ / __index__ / __float__, text); chr, ord, hex, hash, len and
# friends have fixed result types; a local named int is not the builtin.
import sys


class I(int):
    pass


class F(float):
    pass


class HasInt:
    def __int__(self):
        return 7


class HasIndex:
    def __index__(self):
        return 3


class HasFloat:
    def __float__(self):
        return 1.5


class S(str):
    pass


def use_int(x):
    n = int(x)
    return n + 1, type(n) is int


def use_float(x):
    y = float(x)
    return y * 2.0, type(y) is float


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


for arg in [I(5), HasInt(), HasIndex(), True, "12", b"13", 2.75, S("7"), 10**20]:
    print(use_int(arg))
for arg in [F(1.25), HasFloat(), HasIndex(), True, "1.5", S("2.5"), 3, I(4)]:
    print(use_float(arg))
print(int("z", 36), type(int(S("11"), 2)) is int)
print(loop(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
print(int(F(3.75)), float(I(2)))
for bad in [None, "x", [1]]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(chr(65) + "b", ord(S("a")) + 1, hex(I(255)), oct(8), bin(5), len("abc") * 2)
print(hash(I(5)) == hash(5), isinstance(I(1), int), callable(len), hasattr(1, "real"))


def shadowed():
    int = str
    return int(5) + "!"


print(shadowed())
