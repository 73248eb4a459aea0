# Checks that a bare `raise` with nothing being handled raises RuntimeError
# with a traceback entry for the line of the `raise` (a real re-raise adds none).
def rethrow():
    raise


def main():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    rethrow()


main()
