# Checks that notes added with add_note (3.11) are printed after the
# exception line of an uncaught exception, multi-line notes included.
def load(name):
    try:
        return {}[name]
    except KeyError as e:
        e.add_note(f"while loading {name!r}")
        e.add_note("second note\nwith two lines")
        raise
load("config")
