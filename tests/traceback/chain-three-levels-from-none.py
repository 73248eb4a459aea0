# Checks a traceback with implicit chaining two levels deep inside functions,
# where the middle link was raised `from None` (which hides its context),
# and a `finally` that raises while another exception propagates.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError(text) from None


def lookup(text):
    try:
        parse(text)
    except KeyError as err:
        raise LookupError("no entry") from err


def run():
    try:
        lookup("x")
    finally:
        raise RuntimeError("cleanup failed")


run()
