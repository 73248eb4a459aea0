# Checks that asserting a non-empty tuple, which never fails, gets CPython's
# SyntaxWarning as a warning, and that an empty tuple or a plain assert does not.
def check(value):
    assert (value > 0, "value must be positive")  # warning: [syntax-warning]
    assert value > 0, "value must be positive"
    assert ()
    return value
