# bytearray methods: the mutating ones (append, extend, pop, insert,
# remove, clear, copy, reverse) with their errors, the read-only ones shared
# with bytes, and the ones that return a new bytearray.
b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
b.extend(bytearray(b"i"))
b.extend(x for x in range(106, 108))
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
b.remove(66)
print(b)
c = b.copy()
c.reverse()
print(b, c, c is b)
c.clear()
print(c, len(c))
e = bytearray()


def attempt(f):
    try:
        print(f())
    except Exception as exc:
        print(type(exc).__name__, exc)


attempt(lambda: e.pop())
attempt(lambda: b.pop(100))
attempt(lambda: b.remove(120))
attempt(lambda: b.remove(300))
attempt(lambda: b.append(256))
attempt(lambda: b.append("a"))
attempt(lambda: b.append(b"a"))
attempt(lambda: b.append())
attempt(lambda: b.extend(5))
attempt(lambda: b.extend("ab"))
attempt(lambda: b.extend([1, 999]))
attempt(lambda: b.insert(0, 999))
attempt(lambda: b.insert(0))
attempt(lambda: b.pop(1, 2))
attempt(lambda: b.clear(1))
s = bytearray(b"  Hello, World  ")
print(s.strip(), s.lstrip(), s.rstrip(b" d"), s.upper(), s.lower(), s.swapcase())
print(s.find(b"o"), s.rfind(b"o"), s.count(b"l"), s.index(b"W"), s.find(111), s.find(bytearray(b"W")))
print(s.startswith(b"  H"), s.endswith(bytearray(b"  ")), b"xyz".startswith(bytearray(b"x")))
print(s.split(), s.split(b","), s.rsplit(b"l", 1), bytearray(b"a\nb").splitlines())
print(s.replace(b"l", b"L"), s.partition(b","), s.rpartition(b"x"))
print(bytearray(b",").join([b"a", bytearray(b"b")]), b"-".join([bytearray(b"x"), b"y"]))
print(s.decode(), bytearray(b"\xc3\xa9").decode("utf-8"), s.hex(), bytearray(b"\x01\x02").hex(":"))
print(bytearray(b"12").isdigit(), bytearray(b"ab").isalpha(), bytearray(b"Ab").istitle(), bytearray(b"x").isupper())
print(bytearray(b"ab").center(6, b"*"), bytearray(b"7").zfill(3), bytearray(b"a\tb").expandtabs(4))
print(bytearray(b"prefix-x").removeprefix(b"prefix-"), bytearray(b"x.py").removesuffix(b".py"))
print(bytearray(b"hello").title(), bytearray(b"hello").capitalize(), bytearray(b"ab").ljust(4), bytearray(b"ab").rjust(4))
print(bytearray.fromhex("de ad be ef"), bytearray.fromhex(""), type(bytearray.fromhex("00")).__name__)
attempt(lambda: bytearray.fromhex("zz"))
t = bytearray(b"abc")
print(t.strip() is t, t.replace(b"q", b"r") is t, t.translate(None))
# Mutating while iterating must not crash.
m = bytearray(b"abcdef")
seen = []
for v in m:
    seen.append(v)
    if len(m) > 2:
        del m[-1]
    m[0] = 122
print(seen, m)
n = bytearray(b"ab")
for v in n:
    if len(n) < 6:
        n.append(v)
print(n)
print(sum(bytearray(range(10))), max(bytearray(b"azb")), bytearray(b"ba") > bytearray(b"b"))
print(bytes(bytearray(5)), list(reversed(bytearray(b"abc"))), next(enumerate(bytearray(b"a"))))
print(b"%s|%b" % (bytearray(b"q"), bytearray(b"r")), bytearray(b"%d-%s") % (5, b"x"), str(bytearray(b"ok"), "ascii"))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), isinstance(t, bytearray), bytearray(b"a") in b"cab")
match t:
    case bytearray():
        print("matched", t.split(b"b", maxsplit=1), t.replace(b"a", b"z", 1), t.count(98, 0, 2))
attempt(lambda: t < "a")
attempt(lambda: t * 2.0)
attempt(lambda: t[1.0])
print(t[True], bytearray(source=b"x"))
