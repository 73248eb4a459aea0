# Checks the traceback of an exception whose cause carries notes and which
# was raised from a function called inside a match case's guard.
def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        err.add_note(f"while parsing port {text!r}")
        raise


def configure(setting):
    match setting:
        case ("port", value) if parse_port(value) > 0:
            return "ok"
        case _:
            return "ignored"


try:
    configure(("port", "eighty"))
except ValueError as err:
    raise RuntimeError("configuration failed") from err
