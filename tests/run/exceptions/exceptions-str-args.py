# Checks str(), repr() and .args of exceptions built with zero, one and
# several arguments, including non-string arguments.
e0 = ValueError()
e1 = ValueError("one")
e2 = ValueError("two", 2)
e3 = KeyError("key")
e4 = IndexError(42)
for e in [e0, e1, e2, e3, e4]:
    print(repr(str(e)), repr(e), e.args)
try:
    raise TypeError("custom message")
except TypeError as e:
    print(e, e.args, len(e.args))
try:
    raise ZeroDivisionError
except ZeroDivisionError as e:
    print(repr(e), repr(str(e)))
print(Exception("a", "b"), RuntimeError([1, 2]), KeyError(0))
