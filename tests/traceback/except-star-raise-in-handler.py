# Checks the traceback of what a try/except* re-raises: an exception raised
# in a clause (chained to the matched part) joined with the unhandled rest
# in a new ExceptionGroup('') that has no entry for the frame of the
# try statement, only for its callers.
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])


def g():
    try:
        f()
    except* ValueError:
        raise KeyError("k")


def main():
    g()


main()
