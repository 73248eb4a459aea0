# Errors around __new__ and built-in bases match CPython: bases that are not
# acceptable, object.__new__ with extra arguments, __new__ of the wrong
# type, __init__ skipped when __new__ returns another type, and wrong
# arguments reaching the built-in constructor.
def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)

def make_bool_subclass():
    class B(bool):
        pass
    return B

attempt("bool base", make_bool_subclass)
attempt("type 3 args", lambda: type("R", (range,), {}))

class Plain:
    pass

attempt("plain args", lambda: Plain(1))
attempt("object.__new__ extra", lambda: object.__new__(Plain, 1))
attempt("object.__new__ non-type", lambda: object.__new__(5))
attempt("tuple.__new__ wrong", lambda: tuple.__new__(Plain))
attempt("int.__new__ plain", lambda: int.__new__(int, "12"))

class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print("init", a, b)

w = WithNew(1)
attempt("extra to object.__new__", lambda: object.__new__(WithNew, 1))

class Other:
    def __new__(cls):
        return [1, 2]
    def __init__(self):
        print("never")

print(Other())

class Pair(tuple):
    pass

attempt("tuple too many", lambda: Pair(1, 2))
attempt("tuple not iterable", lambda: Pair(5))
print(Pair(), Pair([1, 2]), Pair("ab"))

class L(list):
    pass

attempt("list too many", lambda: L(1, 2))
print(L(), L(range(3)), L("xy"))

class I(int):
    pass

attempt("int bad", lambda: I("x"))
print(I(), I(7), I("11", 2), I(3.9), I(True) + 1)

class F(float):
    pass

attempt("float bad", lambda: F("nope"))
print(F(), F(2), F("1.5"), F("inf"))

class S(str):
    pass

print(S(), S(12), S(b"ab", "ascii"), repr(S([1])))
d = {}
d[S("k")] = 1
print(d, d["k"])

attempt("dict.__getitem__ missing", lambda: dict.__getitem__({}, "a"))
attempt("list.__len__", lambda: list.__len__([1, 2, 3]))
