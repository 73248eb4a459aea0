# Checks `raise ... from ...` and re-raising a different exception in an
# except block: the new exception is what the outer handler sees.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad config value: " + text) from e
try:
    parse("x1")
except RuntimeError as e:
    print("RuntimeError:", e)
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError("no such setting")
try:
    lookup({}, "port")
except LookupError as e:
    print("LookupError:", e)
try:
    raise ValueError("outer") from None
except ValueError as e:
    print("from None:", e)
print(parse("42"))
