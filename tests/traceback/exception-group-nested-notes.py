# Checks the 3.11 traceback box of an uncaught exception group: nested
# groups, members with tracebacks and chained causes, notes (multi-line)
# printed in the margin of groups and members.
def fail(n):
    raise ValueError(f"bad {n}")


def collect():
    errors = []
    for n in range(2):
        try:
            fail(n)
        except ValueError as e:
            e.add_note(f"while handling item {n}")
            errors.append(e)
    try:
        {}["key"]
    except KeyError as e:
        try:
            raise RuntimeError("wrapped") from e
        except RuntimeError as wrapped:
            errors.append(wrapped)
    inner = ExceptionGroup("inner", [TypeError("plain"), PermissionError("denied")])
    inner.add_note("inner note\nsecond line")
    errors.append(inner)
    group = ExceptionGroup("several problems", errors)
    group.add_note("top note")
    raise group


collect()
