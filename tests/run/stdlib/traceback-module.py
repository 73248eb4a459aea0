# traceback: format_exc/print_exc inside handlers, format_exception with
# causes, contexts, suppressed contexts, chain=False and limits,
# format_exception_only (qualified names, empty messages, notes),
# extract_tb/format_tb/format_list entries, recursion summaries,
# TracebackException, and the output when no exception is handled.
# Paths are shown relative to this folder, and CPython's ~~~^^^ marker lines
# (which typhon does not print) are dropped.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


def clean(text):
    if isinstance(text, list):
        text = "".join(text)
    lines = [line for line in text.replace(HERE, "").splitlines(True)
             if line.strip(" ~^\n") or not line.strip()]
    return "".join(lines)


def show(text):
    print(clean(text), end="")


def captured(func, *args, **kwargs):
    out = io.StringIO()
    func(*args, file=out, **kwargs)
    return out.getvalue()


def inner(x):
    if x > 2:
        raise ValueError("too big: %d" % x)
    return x


def middle(x):
    return inner(x + 1)


def outer(x):
    return middle(x * 2)


try:
    outer(5)
except ValueError:
    show(traceback.format_exc())
    show(captured(traceback.print_exc))
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))
    show(traceback.format_exception(type(e), e, e.__traceback__))

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("while handling")
except TypeError as e:
    show(captured(traceback.print_exception, e))

try:
    try:
        int("y")
    except ValueError:
        raise TypeError("suppressed") from None
except TypeError as e:
    show(captured(traceback.print_exception, e))


class AppError(Exception):
    pass


class Outer:
    class Nested(LookupError):
        pass


for exc in [ValueError("msg"), ValueError(), AppError("custom"), Outer.Nested("n"), KeyError("k"),
            StopIteration(3), OSError(2, "No such file or directory"), UnicodeError()]:
    print(traceback.format_exception_only(exc), traceback.format_exception_only(type(exc), exc))
noted = ValueError("with notes")
noted.add_note("first note")
noted.add_note("two\nlines")
print(traceback.format_exception_only(noted))


def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    show(traceback.format_tb(e.__traceback__))
    summary = traceback.extract_tb(e.__traceback__)
    print(type(summary).__name__, len(summary), summary[0].name, summary[-1].name, summary[-1].line)
    print([tuple(fs)[1:3] for fs in summary[:3]], summary[1] == (summary[1].filename, summary[1].lineno, "recurse", "return recurse(n - 1)"))
    print(len(traceback.extract_tb(e.__traceback__, limit=2)), traceback.extract_tb(e.__traceback__, limit=-1)[0].lineno)

print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 22, "<module>", None)]))
fs = traceback.FrameSummary("f.py", 3, "g", line="  y = 2  ")
print(fs.line, fs.lineno, fs.name, fs.filename, list(fs), repr(fs).startswith("<FrameSummary file f.py, line 3 in g>"))

try:
    outer(9)
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), [f.name for f in te.stack])
    show(list(te.format()))
    print(list(te.format_exception_only()))

print(repr(traceback.format_exc()))
show(captured(traceback.print_exc))
print(traceback.format_exception(None), traceback.format_exception_only(None))
try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    print(traceback.format_exception_only(e))
