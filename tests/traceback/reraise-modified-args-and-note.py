# Checks a bare raise after changing the exception's args and adding a note:
# the traceback keeps every frame and prints the new message and the note.
def inner(n):
    return 10 // n


def middle(n):
    try:
        return inner(n)
    except ZeroDivisionError as err:
        err.args = ("changed message",)
        err.add_note("note added while handling")
        raise


def outer():
    for n in [2, 1, 0]:
        try:
            middle(n)
        except KeyError:
            pass


outer()
