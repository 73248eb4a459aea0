# tomllib: invalid documents raise TOMLDecodeError with CPython's messages and positions; wrong argument types raise TypeError
import io
import tomllib

BAD = [
    "[a]\nb = 1\n[a]\nc = 2",
    "a = 1\na = 2",
    "[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple]",
    "[fruit]\napple.color = 'red'\n[fruit.apple.texture]\n[fruit]\napple = 1",
    "[product]\ntype = { name = 'Nail' }\ntype.edible = false",
    "a = [1]\n[[a]]",
    "[a]\n[[a]]",
    "a = 1\n[a.b]",
    "a = 1\n[[a.b]]",
    "x = {a = 1, a = 2}",
    "x = {a = {b = 1}, a.c = 2}",
    "x = {a = 1, a.b = 2}",
    "key = # INVALID",
    "first = 'Tom' last = 'Preston-Werner'",
    "= 'no key name'",
    "s = \"unterminated",
    "s = 'unterminated",
    "s = 'ab\nc'",
    "s = '''never closed",
    "s = \"bad \\q escape\"",
    "s = \"\\uD800\"",
    "s = \"\\u12\"",
    "s = \"\"\"a \\  b\"\"\"",
    "s = \"nul \x00\"",
    "a = [1, 2",
    "a = [1 2]",
    "a = {x = 1\nb = 2",
    "a = {x = 1,}",
    "[table",
    "[[arr]",
    "# comment with a control \x01 character",
    "a = 1 # ok\nb = 2 bad",
    "}",
    "a = 2021-02-30",
    "a = 1979-05-27T25:00:00",
    "a = 0123",
    "a = 1__000",
    "a = .5",
    "a = true_",
    "a.b = 1\n[a.b.c]\nd = 1\n[a]\nb.e = 2",
    "a = 1\r\nb = 2\r",
    "a =",
    "a",
]
for doc in BAD:
    try:
        print(repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", type(e).__name__, e)

for bad in (b"a = 1", None, 42):
    try:
        tomllib.loads(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError:", e)
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError:", e)
try:
    tomllib.loads("a = [1, 2.0]\nb = {c = 1}\nb.d = 2")
except ValueError as e:
    print(isinstance(e, tomllib.TOMLDecodeError), e.args)
tomllib.loads("[a]\n[b]\n[a]")
