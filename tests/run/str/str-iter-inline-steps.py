# `for ch in s` over a str inference proved exact steps in line while the
# next character is one byte (ASCII, in ASCII and non-ASCII strings
# alike), and `ord(ch)` of a one-character ASCII string reads its byte;
# every other case (multi-byte characters, the end, other types, errors)
# takes the runtime's path.


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def chars(text):
    out = []
    for ch in text:
        out.append(ch)
    return out


class S(str):
    pass


def ords(values):
    out = []
    for v in values:
        try:
            out.append(ord(v))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(checksum("hello, world"), checksum(""), checksum("x" * 1000))
print(checksum("a\u00e9\u20ac\U0001F600b"), chars("a\u00e9\u20ac\U0001F600b"))
print(chars("caf\u00e9 ok"), len(chars("\u00e9" * 3)))
built = ""
for i in range(5):
    built += str(i) + ","
print(checksum(built), chars(built)[:4])
print(chars(S("sub")), [type(c).__name__ for c in S("ab")])
print(sum(ord(c) for c in "abc"), [c.upper() for c in "xyz"])
print(ords(["a", "\u00e9", "\U0001F600", S("q"), b"z", bytearray(b"y"), "", "ab", 7]))
print(ord(chr(0xD800)), checksum(chr(0xDC00) + "z"))
s = "nested"
pairs = []
for a in s[:2]:
    for b in s[:2]:
        pairs.append(a + b)
print(pairs)
it = iter("abc")
next(it)
print(list(it), list(it))
