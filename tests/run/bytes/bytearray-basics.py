# bytearray: constructors, repr, len, indexing, slicing, item and slice
# assignment and deletion, comparisons, concatenation, repetition, `in`.
print(bytearray(), bytearray(3), bytearray(b"ab'c"), bytearray([1, 65, 255]))
print(bytearray("h\xe9llo", "utf-8"), bytearray("abc", "ascii", "strict"))
print(bytearray(range(97, 100)), bytearray(bytearray(b"xy")), bytes(bytearray(b"q\n")))
print(str(bytearray(b"s")), repr(bytearray(b'"')), len(bytearray(b"abcd")))
print(bytearray(b"'"), bytearray(b"'\""), bytearray(b"\\\t\r\n\x7f"))
for make in [
    lambda: bytearray(-1),
    lambda: bytearray([256]),
    lambda: bytearray([-1]),
    lambda: bytearray(["a"]),
    lambda: bytearray(3.5),
    lambda: bytearray("abc"),
    lambda: bytearray(b"x", "utf-8"),
    lambda: bytearray(encoding="utf-8"),
    lambda: bytearray("x", 5),
    lambda: bytearray("\xe9", "ascii"),
    lambda: bytearray(2**100),
]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"hello world")
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], type(b[2:3]).__name__)
b[0] = 72
b[-1] = ord("D")
print(b)
b[0:5] = b"HOWDY"
print(b)
b[5:6] = [45, 45, 45]
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
del b[0]
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
b[:] = b
print(b)
b[len(b):] = bytearray(b"!?")
print(b)


def setitem(key, value):
    b[key] = value


def delitem(key):
    del b[key]


for bad in [
    lambda: setitem(0, 256),
    lambda: setitem(0, -1),
    lambda: setitem(0, "a"),
    lambda: setitem(100, 1),
    lambda: setitem(slice(0, 1), 5),
    lambda: setitem(slice(0, 1), "ab"),
    lambda: setitem(slice(0, 1), [300]),
    lambda: setitem(slice(0, 4, 2), b"abc"),
    lambda: setitem(slice(0, 1), 2.5),
    lambda: b[100],
    lambda: b["a"],
    lambda: delitem(100),
    lambda: hash(b),
    lambda: b + "x",
    lambda: "x" in b,
    lambda: 300 in b,
    lambda: {b: 1},
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b"ab")
print(x + b"cd", b"cd" + x, x + x, x * 3, 2 * x, x * 0, x * -1)
print(x == b"ab", b"ab" == x, x == bytearray(b"ab"), x != b"ab", x < b"b", b"a" < x, x >= x)
print(x == "ab", 97 in x, 99 in x, b"b" in x, bytearray(b"a") in x, b"" in x)
y = x
y += b"cd"
y *= 2
print(x, y is x, bool(bytearray()), bool(x))
print(list(bytearray(b"abc")), [c for c in bytearray(b"\x00\xff")])
print(sorted({bytes(bytearray(b"z")), b"a"}))
