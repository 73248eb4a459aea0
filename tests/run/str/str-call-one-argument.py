# Checks str(x) with one positional argument (the constructor's shortcut)
# against the other call shapes: keywords, no argument, bytes with an
# encoding, str subclasses as the callee and as the argument, __str__
# returning a subclass instance or a non-str, and ints big and small.


class Tag(str):
    pass


class Shown:
    def __str__(self):
        return Tag("shown")


class Bad:
    def __str__(self):
        return 42


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


for value in [0, -7, 2**62 - 1, -(2**62), 2**70, 1.5, True, None, "text", Tag("tagged"), b"by", (1, "a"), OnlyRepr()]:
    out = str(value)
    print(out, type(out).__name__)

t = Tag("same")
print(str(t) == t, type(str(t)).__name__, str(t) is t)
s = "plain"
print(str(s) is s)
print(type(str(Shown())).__name__, str(Shown()))
try:
    str(Bad())
except TypeError as e:
    print("TypeError", e)
print(repr(str()), str(object=5), str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(Tag(5), type(Tag(5)).__name__)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
