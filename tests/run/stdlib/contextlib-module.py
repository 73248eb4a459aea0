# contextlib: contextmanager (normal, exceptions, decorator use, misuse errors), suppress, closing, nullcontext, ExitStack, redirect_stdout
import contextlib
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)

with swallow():
    1 / 0
print("after swallow")
try:
    with swallow():
        raise KeyError("k")
except KeyError as e:
    print("passed through", repr(e))

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def ignores_error():
    try:
        yield
    except ValueError:
        yield

try:
    with ignores_error():
        raise ValueError
except RuntimeError as e:
    print(e)

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(1), decorated(2))

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(e)

class Resource:
    def close(self):
        print("closed")

with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)

with ExitStack() as stack:
    for name in ("x", "y"):
        stack.enter_context(tag(name))
    stack.callback(print, "callback", 1, sep="-")
    @stack.push
    def exit_hook(*exc):
        print("push", exc[0])
    print("in stack")

with ExitStack() as stack:
    stack.callback(print, "never")
    moved = stack.pop_all()
print("popped")
moved.close()

def failing():
    raise ValueError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(failing)
        stack.callback(print, "first")
except ValueError as e:
    print("ExitStack raised", e)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("suppressed by stack")
print("stack suppressed")
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print(e)

buffer = io.StringIO()
with redirect_stdout(buffer):
    print("captured line")
    print("second", 2)
print(repr(buffer.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

class Manager(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("exit", exc[0])
with Manager() as m:
    print(type(m).__name__)
print(issubclass(type(tag("z")), contextlib.AbstractContextManager), isinstance(Resource(), contextlib.AbstractContextManager))
