# Concatenation of two values inferred `str` (`+` and `+=`, no operator
# dispatch), split on one- and multi-byte separators with and without a
# limit (the pieces go straight into the result list), and len/str/repr
# around them with CPython's results and errors.


class Sized:
    def __len__(self):
        return 7

    def __repr__(self):
        return "Sized()"

    def __str__(self):
        return "a sized thing"


class BadLen:
    def __len__(self):
        return -1


class S(str):
    def __str__(self):
        return "custom"


def lengths(items):
    return [len(x) for x in items]


print(lengths(["abc", [1, 2], (1,), {1: 2}, {3}, range(5), b"xy", Sized(), S("hello"), "日本"]))
print(str(12), str(-3.5), str(None), str(Sized()), str(S("x")), type(str(S("x"))).__name__)
print(repr("a'b"), repr(3), repr(Sized()), repr([1, "x"]))
for bad in [5, None, 2.5]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

key = "key" + str(41)
key += "!"
print(key, key + "" + key, len(key + "日本"))
line = "a b  c d e f g h i"
print(line.split(" ", 3), line.split(" "), line.split("  "), "x--y--z".split("--", 1))
print("".split(","), ",".split(","), "abc".split("abc"), "a,b,".split(",", 0))
print("日本,語,".split(","), "日本語".split("本"))
print(" ".join(line.split(" ", 7)))
