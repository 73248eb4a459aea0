# Checks add_note and __notes__ (3.11), and that an `except` tuple may hold
# classes only: a nested tuple raises TypeError, as CPython 3.11 does.
err = TypeError("base")
print(hasattr(err, "__notes__"))
err.add_note("a note")
err.add_note("second")
print(err.__notes__)
try:
    raise err
except TypeError as t:
    print(t, t.__notes__)
try:
    err.add_note(3)
except TypeError as t:
    print(t)
err.__notes__ = "not a list"
try:
    err.add_note("x")
except TypeError as t:
    print(t)
try:
    try:
        raise KeyError("x")
    except ((IndexError, (KeyError,)), TypeError) as e:
        print("nested tuple matched", repr(e))
except TypeError as t:
    print(t, repr(t.__context__))
try:
    raise KeyError("y")
except (IndexError, KeyError) as e:
    print("flat tuple matched", repr(e))
