# Checks ExceptionGroup / BaseExceptionGroup construction (3.11): CPython's
# argument checks and messages, the automatic choice of ExceptionGroup,
# message, exceptions, args, str, repr, the class hierarchy and readonly
# attributes.
def attempt(label, make):
    try:
        result = make()
        print(label, "ok", type(result).__name__, repr(result))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("a", 5))
attempt("empty", lambda: ExceptionGroup("a", []))
attempt("not exception", lambda: ExceptionGroup("a", [1]))
attempt("second not exception", lambda: ExceptionGroup("a", [ValueError(), 2]))
attempt("base in EG", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("BEG of exceptions", lambda: BaseExceptionGroup("a", [ValueError()]))
attempt("BEG of base", lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
attempt("keywords", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("only keywords", lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
attempt("str exceptions", lambda: ExceptionGroup("a", "xy"))
attempt("tuple", lambda: ExceptionGroup("a", (ValueError(1),)))
attempt("dict", lambda: ExceptionGroup("a", {ValueError(1): 1}))

eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions)
print(eg.args)
print(str(ExceptionGroup("one", [ValueError(1)])))
print(type(eg.exceptions).__name__, len(eg.exceptions))

print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(eg, BaseException))
beg = BaseExceptionGroup("b", [SystemExit(2)])
print(isinstance(beg, Exception), isinstance(beg, ExceptionGroup), type(beg).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception), issubclass(ExceptionGroup, ExceptionGroup))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)

for name in ["message", "exceptions"]:
    try:
        setattr(eg, name, "x")
    except AttributeError as e:
        print(name, "AttributeError", e)

try:
    raise eg
except Exception as e:
    print("caught as Exception:", e is eg)

try:
    raise beg
except Exception:
    print("wrong")
except BaseException as e:
    print("caught as BaseException:", repr(e))
