# UnicodeTranslateError(object, start, end, reason): its attributes (encoding
# is None), str() built from the current attributes, argument checks, and
# catching it as UnicodeError / ValueError.
e = UnicodeTranslateError("a\xe9\u1234\U00012345", 1, 2, "bad")
print(e)
print(repr(e.encoding), ascii(e.object), e.start, e.end, e.reason, len(e.args))
print(repr(e))
e.start = 2
print(e)
e.start, e.end = 3, 4
print(e)
e.start, e.end = 0, 1
print(e)
e.end = 3
print(e)
e.reason = "other"
print(e, e.args[3])
e2 = UnicodeTranslateError("xyz", 2, 3, "r")
print(e2, isinstance(e2, UnicodeError), isinstance(e2, ValueError))
for args in [(1,), ("a", 1, 2, 3), ("a", "1", 2, "r"), (1, 2, 3, "r"), ("a", 1, 2, "r", 5)]:
    try:
        UnicodeTranslateError(*args)
    except TypeError as err:
        print("TypeError:", err)
try:
    raise UnicodeTranslateError("\u20ac", 0, 1, "no mapping")
except ValueError as err:
    print(type(err).__name__, err, err.start)


class Mine(UnicodeTranslateError):
    pass


m = Mine("abc", 1, 3, "why")
print(m, m.object, m.encoding)
