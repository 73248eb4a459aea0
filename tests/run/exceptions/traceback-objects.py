# Checks exception traceback objects: __traceback__ is None before a raise
# and a chain of entries (tb_lineno, tb_next, outermost first) after it;
# with_traceback and assigning __traceback__ (type check); sys.exc_info()
# and __exit__ receive the same object.
import sys


def inner():
    raise ValueError("inner")


def outer():
    inner()


e = ValueError("fresh")
print(e.__traceback__)
try:
    outer()
except ValueError as err:
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    print(err.__traceback__ is err.__traceback__, sys.exc_info()[2] is err.__traceback__)
    print(type(err.__traceback__).__name__)
    saved = err.__traceback__

fresh = KeyError("k")
print(fresh.with_traceback(saved) is fresh, fresh.__traceback__ is saved)
fresh.__traceback__ = None
print(fresh.__traceback__)
for bad in [1, "tb"]:
    try:
        fresh.with_traceback(bad)
    except TypeError as err:
        print("TypeError", err)
    try:
        fresh.__traceback__ = bad
    except TypeError as err:
        print("TypeError", err)

try:
    try:
        outer()
    except ValueError as err:
        raise err.with_traceback(None)
except ValueError as err:
    tb = err.__traceback__
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print("entries after with_traceback(None) and raise:", count)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__, tb is value.__traceback__, tb.tb_lineno)
        return True


with Manager():
    outer()
print("suppressed")
