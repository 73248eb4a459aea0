# len, ord, ==, !=, in, str() and repr() on values inferred exact str (and
# len of anything) take specialised paths: results, errors and subclass
# instances (whose __eq__/__len__/__contains__ overrides must still run)
# stay as CPython's.


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return True

    def __ne__(self, other):
        return False

    def __len__(self):
        return 42

    def __contains__(self, item):
        return item == "zz"

    __hash__ = str.__hash__


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def lengths(words):
    total = 0
    for w in words:
        total += len(w)
    return total


def ords(text):
    return [ord(ch) for ch in text]


def same(a, b):
    return a == b, a != b, (a == b) is True


def main():
    ascii_word = "abc" + str(12)
    other = "ünïcødé" + "!"
    print(len(ascii_word), len(other), len(""), lengths(["a", "bb", other]))
    print(len([1, 2, 3]), len({"a": 1}), len((1, 2)), len(range(10)), len(Sized(7)))
    print(len(Loud("abc")), len(str(Loud("abcd"))))
    for bad in (5, Sized(-1), None):
        try:
            print(len(bad))
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    print(ords("Az€😀"), ord("a" + ""), ord(other[1]))
    for bad in ("", "ab", other, b"x", 3):
        try:
            print(ord(bad))
        except TypeError as err:
            print("TypeError", err)
    x = "key" + str(7)
    y = "key7"
    print(same(x, y), same(x, x), same(x, "key8"), same("", ""), same(other, "ünïcødé!"))
    print(same("é", "e"), x == y, x != y)
    if x == y and not (x != y):
        print("branch equal")
    loud = Loud("q")
    print(loud == "r", "r" == loud, loud != "r")
    print("b" in x, "key" in x, "" in x, "7k" in x, "ï" in other, "é!" in other)
    print("zz" in loud, "q" in loud)
    for bad in (1, None):
        try:
            print(bad in x)
        except TypeError as err:
            print("TypeError", err)
    print(str(12), str(-2**70), str(1.5), str(True), str(x), repr(x), repr(1e300), repr(False))
    print(repr("it's"), repr('say "hi"'), str(3) + repr(4), str(x) is x)


main()
