# Checks `str * int` on typed operands (either order, augmented, counts
# 0/1/negative/large, pieces of 1, short and long lengths, non-ASCII, a
# count too big, a str subclass and an int subclass keeping their own
# operators), the ASCII paths of title/capitalize/swapcase against the
# general ones, and whitespace/line splits with more pieces than fit on
# the stack.


class Loud(str):
    def __mul__(self, n):
        return "Loud*" + str(n)

    def __rmul__(self, n):
        return "rLoud*" + str(n)


class Count(int):
    def __rmul__(self, other):
        return "Count.__rmul__"

    def __mul__(self, other):
        return "Count.__mul__"


def repeats():
    key = "key" + str(7)
    n = 3
    print(key * n, n * key, key * 0 == "", repr(key * -2), key * 1 is key)
    for piece in ["a", "ab", "abcdefgh", "0123456789abcdefX", "x" * 40, "é", "日本", ""]:
        for count in [0, 1, 2, 3, 5, 17]:
            r = piece * count
            print(len(r), r == "".join(piece for _ in range(count)), r[:60])
    s = "ab"
    s *= 4
    print(s)
    t = "-"
    t = 2 * t
    print(t)
    big = 2**70
    try:
        print("ab" * big)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
    try:
        print(big * "ab")
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
    try:
        print("" * big)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
    print(Loud("q") * 2, 2 * Loud("q"))
    print("ab" * Count(2), Count(2) * "ab")
    print("z" * True, True * "z")


def cases():
    words = ["hello world", "HELLO wORLD", "o'neil mc-donald", "3rd time's", "", "a", "A1b2 c3D",
             "ünïcødé wörd", "ǆemal", "ΣΑΣ ΣΑΣ", "tab\tsep\nnew", "x_y-z.w"]
    for w in words:
        print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.upper()), repr(w.lower()))
    print(repr("|".join((chr(i) + "aB" + chr(i) + "Cd").title() for i in range(128))))
    print(repr("|".join((chr(i) + "aB" + chr(i) + "Cd").capitalize() for i in range(128))))
    print("".join(chr(i) for i in range(32, 127)).title())
    print("".join(chr(i) for i in range(32, 127)).swapcase())
    print("".join(chr(i) for i in range(32, 127)).capitalize())


def splits():
    line = " ".join("w" + str(i) for i in range(100))
    parts = line.split()
    print(len(parts), parts[:3], parts[-3:])
    print(len((line + "  \t ").split()), ("  " + line).split(None, 40)[-1][:20])
    print(" \t\n ".split(), "a".split(), "  a  ".split(), "a b".split(maxsplit=0))
    text = "\n".join("line" + str(i) for i in range(70)) + "\r\nlast\r"
    lines = text.splitlines()
    print(len(lines), lines[:2], lines[-3:])
    print(len(text.splitlines(True)), text.splitlines(True)[-2:])
    print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines())


repeats()
cases()
splits()
