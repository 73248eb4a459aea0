# Checks BaseExceptionGroup.split, subgroup and derive (3.11): matching by
# type, tuple of types and predicate, nesting kept, metadata (cause,
# context, notes) copied to the parts, argument errors.
def show(label, value):
    print(label, repr(value))


eg = ExceptionGroup(
    "top",
    [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("nested", [ValueError(3), KeyError(4)]),
        ExceptionGroup("only types", [TypeError(5)]),
    ],
)
match, rest = eg.split(ValueError)
show("match", match)
show("rest", rest)
show("tuple", eg.split((KeyError, TypeError)))
show("all", eg.split(Exception))
show("none", eg.split(ZeroDivisionError))
show("subgroup", eg.subgroup(TypeError))
show("subgroup none", eg.subgroup(OSError))
show("subgroup self", eg.subgroup(BaseException) is eg)
show("predicate", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("predicate on groups", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested"))


def is_key_error(e):
    return isinstance(e, KeyError)


show("def predicate", eg.subgroup(is_key_error))

cause = RuntimeError("cause")
eg.__cause__ = cause
eg.__context__ = OSError("context")
eg.add_note("a note")
match, rest = eg.split(ValueError)
print(match.__cause__ is cause, repr(match.__context__), match.__notes__, rest.__notes__)
print(match.__notes__ is eg.__notes__, match.__notes__ is rest.__notes__)
print(match.__suppress_context__)

for bad in [1, "x", [ValueError], (ValueError, 1), len]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad) if not callable(bad) else "builtin", "TypeError", e)
for call in [lambda: eg.split(), lambda: eg.split(ValueError, TypeError), lambda: eg.subgroup(), lambda: eg.derive()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

d = eg.derive([KeyError("x")])
show("derive", d)
print(d.__cause__, d.__notes__ if hasattr(d, "__notes__") else "no notes")
show("derive base", eg.derive([KeyboardInterrupt()]))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)


mine = MyGroup("mine", [ValueError(1), TypeError(2)])
show("mine split", mine.split(TypeError))
show("mine subgroup", mine.subgroup(ValueError))
show("mine mro", MyGroup.__mro__)


class PlainGroup(ExceptionGroup):
    pass


plain = PlainGroup("plain", [ValueError(1), TypeError(2)])
show("plain split", plain.split(TypeError))
try:
    PlainGroup("p", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError", e)
