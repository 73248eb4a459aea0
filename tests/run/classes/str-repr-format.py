# __str__ and __repr__: print, str(), repr(), containers, f-strings with conversions, str falling back to __repr__.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"


class Both:
    def __str__(self):
        return "both-str"

    def __repr__(self):
        return "both-repr"


class OnlyStr:
    def __str__(self):
        return "only-str"


o, b = OnlyRepr(), Both()
print(o, b, str(o), str(b), repr(b))
print([o, b], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {o}")
print(str(OnlyStr()), "%s" % b, "%r" % b)
print("only-str" in repr([OnlyStr()]), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(e)


class Error(Exception):
    def __str__(self):
        return "custom message"


class Repr(Exception):
    def __repr__(self):
        return "Repr!"


print(str(Error("x")), repr(Error("x")), str(Repr("y")), repr(Repr("y")))
print(f"{Error()}", [Error("z")])
