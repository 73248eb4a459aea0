# Checks the printer for a plain exception whose context is an exception
# group, and a group whose cause is a plain exception with a note, and a
# recursion summary inside a group member.
def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    return recurse(n - 1)


def collect():
    errors = []
    try:
        recurse(6)
    except RecursionError as e:
        errors.append(e)
    try:
        raise KeyError("inner cause")
    except KeyError as cause:
        cause.add_note("cause note")
        group = ExceptionGroup("caused", errors)
        try:
            raise group from cause
        except ExceptionGroup:
            raise ValueError("while handling the group")


collect()
