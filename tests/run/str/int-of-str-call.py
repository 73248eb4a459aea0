# `int(x)` called with one argument that is an exact str takes a short
# path: the same values and errors as the general one, and str subclasses
# (whose __int__ / __index__ come first), bytes, keywords, a base, and
# `int` rebound or subclassed still go the general way.

texts = ["200", " 42\n", "-7", "+0", "1_000", "007", "\u0661\u0662", "123456789012345678",
         "1234567890123456789012", "  -99  ", "0"]
for t in texts:
    print(repr(t), int(t))

for bad in ["", " ", "1.5", "0x10", "12a", "_1", "1__0", "\u00b2", "--1", "9" * 5000]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError", str(e)[:80])


class WithInt(str):
    def __int__(self):
        return 5


class WithIndex(str):
    def __index__(self):
        return 6


class Plain(str):
    pass


for value in [WithInt("1"), WithIndex("2"), Plain("3"), b"44", 3.9, True]:
    print(type(value).__name__, int(value))

print(int("ff", 16), int("0x1f", 0), int("12", base=10))


class MyInt(int):
    pass


values = ["17", Plain("18")]
for v in values:
    print(MyInt(v), type(MyInt(v)).__name__)


def shadowed(int):
    return int("19")


print(shadowed(lambda s: s + "!"))
call = int
print(call("20"), call(" 21 "))
try:
    int("1", "2", "3")
except TypeError as e:
    print("TypeError", e)
