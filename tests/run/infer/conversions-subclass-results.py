# int() / float() copy what a user __int__, __index__ or __float__ returns
# when it is an instance of a strict subclass (or a bool) into an exact
# int / float, as CPython does, so inference may type the result.
# CPython also prints DeprecationWarnings for these, which typhon does not
# (see docs/unsupported.md); the harness compares only the last line of
# stderr, so the program ends with a SystemExit message.


class I(int):
    pass


class F(float):
    pass


class GivesBool:
    def __int__(self):
        return True


class GivesSub:
    def __index__(self):
        return I(3)


class GivesFloatSub:
    def __float__(self):
        return F(1.5)


def as_int(x):
    n = int(x)
    return n + 1, type(n) is int


def as_float(x):
    y = float(x)
    return y * 2.0, type(y) is float


print(as_int(GivesBool()), as_int(GivesSub()), as_int(I(4)))
print(as_float(GivesFloatSub()), as_float(GivesSub()), as_float(F(0.25)))
raise SystemExit("done")
