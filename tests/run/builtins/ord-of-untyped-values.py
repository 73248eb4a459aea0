# ord(x) where x is not proven an exact str (a character of a text that
# reached the function as an object, items of mixed lists): the direct
# call must behave as the builtin does for every kind of argument.
import sys


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


class S(str):
    pass


class B(bytes):
    pass


def pick(flag):
    return "héllo wörld" if flag else ["a", "b", "c"]


print(checksum(pick(True)), checksum(pick(False)))
print(checksum(S("subclass")), checksum("".join(["x", "ÿ", "€", "😀"])))

values = ["a", "é", "€", "😀", chr(0xD800), b"A", bytearray(b"\xff"), S("z"), B(b"q")]
for v in values:
    print(type(v).__name__, ord(v))

bad = ["", "ab", b"", b"xy", bytearray(b"no"), 7, 1.5, None, [1], S("two"), B(b"")]
for v in bad:
    try:
        ord(v)
    except TypeError as err:
        print("TypeError:", err)


def call_with(*args, **kwargs):
    try:
        return ord(*args, **kwargs)
    except TypeError as err:
        return "TypeError: " + str(err)


print(call_with("q"), call_with(), call_with("a", "b"), call_with(c="a"))

# A shadowed ord is not the builtin.
def shadowed(x):
    ord = lambda c: "mine " + repr(c)
    return ord(x)


print(shadowed([1]))
f = ord
print(f(pick(False)[0]), list(map(ord, pick(True)))[:3])
print(sum(ord(c) for c in sys.argv[0][:0] + "abc"))


def traceback_line(x):
    return ord(x)


try:
    traceback_line(3)
except TypeError as err:
    print(type(err).__name__, err, err.__traceback__.tb_next.tb_lineno)


# The stored bytes are read, as CPython does: a subclass's __len__ and
# __getitem__ are not called.
class Odd(bytes):
    def __len__(self):
        return 5

    def __getitem__(self, i):
        return 99


class OddArray(bytearray):
    def __len__(self):
        return 1


for v in [Odd(b"k"), Odd(b"kk"), OddArray(b"m"), OddArray(b"mm"), bytearray()]:
    try:
        print(ord(v))
    except TypeError as err:
        print("TypeError:", err)
