# Checks user subclasses of ExceptionGroup with __new__ (the pattern the
# Python docs show, with derive keeping an extra attribute through split
# and except*) and with __init__; BaseException.__init__ sets args from
# every argument after a user __new__.
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        obj = super().__new__(cls, message, excs)
        obj.extra = extra
        return obj

    def derive(self, excs):
        return MyEG(self.message, excs, self.extra)


eg = MyEG("m", [ValueError(1), TypeError(2)], "x")
print(repr(eg), eg.args, eg.extra)
match, rest = eg.split(ValueError)
print(repr(match), match.extra, type(rest).__name__)
try:
    raise eg
except* ValueError as e:
    print("caught", repr(e), e.extra)
except* TypeError as e:
    print("caught", repr(e), e.extra)


class WithInit(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.note = "init ran"


w = WithInit("w", [KeyError(1)])
print(repr(w), w.note, w.exceptions)


class Coded(Exception):
    def __new__(cls, code, *rest):
        obj = super().__new__(cls, code, *rest)
        obj.code = code
        return obj


c = Coded(404, "missing")
print(repr(c), c.args, c.code, str(c))
