# Checks exception classes with several unrelated exception bases (they
# share one layout in CPython): class ParseError(ValueError, KeyError) and
# an ExceptionGroup mixed with another exception type, caught by each base
# and by except*, with the str of the first base.
class ParseError(ValueError, KeyError):
    pass


class Failures(ExceptionGroup, LookupError):
    pass


for kind in [ValueError, KeyError, LookupError]:
    try:
        raise ParseError("bad key")
    except kind as e:
        print(kind.__name__, "caught", repr(e), str(e), e.args)
print(ParseError.__mro__)

group = Failures("several", [ParseError("p"), TypeError("t")])
print(repr(group), str(group), isinstance(group, LookupError), isinstance(group, Exception))
try:
    raise group
except LookupError as e:
    print("as LookupError", e.message, len(e.exceptions))
try:
    raise group
except* KeyError as e:
    print("except* KeyError", repr(e))
except* TypeError as e:
    print("except* TypeError", repr(e))
print(Failures.__mro__)
