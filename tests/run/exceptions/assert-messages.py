# Checks assert statements: messages evaluated only on failure, non-string
# messages, asserts inside loops and functions caught by the caller, and the
# AssertionError's args.
evaluated = []


def message(text):
    evaluated.append(text)
    return text


assert 1 < 2, message("never")
print(evaluated)
for value in [3, 0, -2]:
    try:
        assert value > 0, message(f"not positive: {value}")
        print("ok", value)
    except AssertionError as err:
        print("failed", err, err.args)
print(evaluated)
for msg in [None, 42, ("a", 1), ["x"], {"k": 1}]:
    try:
        assert False, msg
    except AssertionError as err:
        print(repr(err), err.args, str(err))


def checked_div(a, b):
    assert isinstance(a, int) and isinstance(b, int), "ints only"
    assert b, "division by zero"
    return a // b


for args in [(7, 2), (7, 0), (7.0, 2)]:
    try:
        print(checked_div(*args))
    except AssertionError as err:
        print("assertion:", err)
