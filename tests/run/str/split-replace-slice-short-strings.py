# Checks str.split with a one-byte separator on short and long strings (a
# word-at-a-time scan below 256 bytes, the vector search above), splits and
# replacements with more than two dozen matches, replace's in-place result
# (code-point length, ASCII-ness, identity when nothing matches) and the
# direct slicing of exact ASCII strings, including str subclasses.


class S(str):
    pass


def show(label, value):
    print(label, repr(value), type(value).__name__)


# Separators around every word boundary of the 8-byte scan, and bytes that
# follow a separator and differ from it in the lowest bit (" !", ",-").
for n in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 255, 256, 257, 300]:
    text = ("ab c!" * 80)[:n]
    parts = text.split(" ")
    print(n, len(parts), sum(len(p) for p in parts), parts[:3], parts[-1:])
    print(n, len(text.split(" ", 2)), text.split(" ", 2)[-1][:8], text.split("!")[-2:])
print("a,-b,,-c,".split(","), ",-,-".split("-"), "!!  !!".split(" "))
print("x\x01y\x00z\x01".split("\x01"), "\x00\x00a".split("\x00"))
print("\xff\xfe ab\u00e9 c\u00e9".split(" "), "\u00e9 \u00e9\u00e9 ".split("\u00e9"))
print("caf\u00e9 au lait, s'il vous pla\u00eet".split(" "))

# maxsplit: none, zero, negative, exactly the matches, beyond them.
line = "2024-01-02 10:11:12 GET /a/b?x=1&y=2 200 512 bob Mozilla/5.0 (X11; Linux)"
for limit in [-1, 0, 1, 7, 8, 9, 100]:
    print(limit, line.split(" ", limit))
print(line.split(maxsplit=2), line.split(" ", maxsplit=3)[-1])

# More than 24 matches (the offsets no longer fit on the stack).
many = ",".join(str(i) for i in range(60))
print(len(many.split(",")), many.split(",")[20:30], many.split(",", 30)[-1][:10])
longer = ",".join(["word"] * 200)
print(len(longer), len(longer.split(",")), len(longer.split(",", 150)))
print(len(longer.replace(",", "; ")), longer.replace(",", "", 190)[-30:])

# Pieces are exact strings even when the receiver is a subclass; the whole
# string as the only piece.
show("sub split", S("a b").split(" "))
show("sub whole", S("abc").split(" ")[0])
whole = "no-separator-here"
print(whole.split(" ")[0] is whole, whole.split("-", 0)[0] is whole)

# replace: counts, empty old, non-ASCII on either side, results that become
# ASCII or empty, identity when nothing changes.
print("2024-01-02".replace("-", ""), "a-b-c".replace("-", "+", 1), "a-b".replace("-", "", 0))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
for text, old, new in [
    ("h\u00e9llo", "\u00e9", "e"),
    ("hello", "e", "\u00e9"),
    ("\u00e9\u00e9\u00e9", "\u00e9", ""),
    ("a\u20acb\u20ac", "\u20ac", "EUR"),
    ("\U0001f600x\U0001f600", "x", "\U0001f600"),
    ("ab" * 40, "b", "\u00e9" * 3),
    ("aaaa", "aa", "b"),
    ("aaa", "a", "aaaa"),
]:
    r = text.replace(old, new)
    print(repr(r), len(r), r.isascii(), r[1:3], r[-1:], r == "".join(new if c == old else c for c in text) if len(old) == 1 else "")
s = "unchanged"
print(s.replace("x", "y") is s, type(S("a-b").replace("-", "")).__name__, type(S("ab").replace("x", "y")).__name__)
print(S("ab").replace("x", "y") == "ab")
try:
    "a".replace("a", 1)
except TypeError as e:
    print("TypeError", e)

# Slicing exact ASCII strings directly; others through the slice protocol.
clock = "10:11:12"
print(clock[:2], clock[3:5], clock[-2:], clock[6:100], repr(clock[5:2]), repr(clock[100:]))
print(clock[:] is clock, clock[0:8] is clock, clock[-100:100] is clock, clock[1:] is clock)
print(clock[::1], clock[::2], clock[::-1], clock[1:7:3], clock[:10**20], clock[-10**20:2])
print(clock[True:], clock[:False], repr(clock[2:2]))
u = "\u00e9t\u00e9 10h"
print(u[:2], u[1:], u[-3:], u[::-1])
sub = S("subclass")
show("sub slice", sub[:3])
show("sub whole slice", sub[:])
show("char", clock[0:1])


class Index:
    def __index__(self):
        print("index called")
        return 2


print(clock[Index():], clock[:Index()])
try:
    clock[::0]
except ValueError as e:
    print("ValueError", e)
try:
    clock["a":]
except TypeError as e:
    print("TypeError", e)
