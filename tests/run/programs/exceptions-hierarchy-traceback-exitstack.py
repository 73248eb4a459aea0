# An exceptions-heavy script: a custom hierarchy, raise ... from, implicit chaining, contextlib.suppress/ExitStack/contextmanager, exception notes, traceback.print_exc()/format_exception()/format_exception_only() to stdout, finally ordering, re-raise.
import contextlib
import sys
import traceback

def show(text):
    # File paths and 3.11's ~~~^^^ marker lines depend on how the program was started.
    for line in text.splitlines():
        if line.startswith('  File "'):
            print("  at", line.split(", ", 1)[1])
        elif line.strip() and not line.strip(" ~^"):
            continue
        else:
            print(line)

class AppError(Exception):
    code = 1
class ConfigError(AppError):
    code = 2
class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"missing key {self.key!r}"

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(key) from e

def parse_port(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"bad port {text!r}")

@contextlib.contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except AppError as e:
        log.append(f"{name} saw {type(e).__name__}")
        raise
    finally:
        log.append(f"close {name}")

for action in (lambda: load({}, "host"), lambda: parse_port("80x"), lambda: load({"a": 1}, "a")):
    try:
        print("value", action())
    except AppError as e:
        print(type(e).__name__, e, e.code, isinstance(e, KeyError), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

with contextlib.suppress(ZeroDivisionError, KeyError):
    print("before")
    {}["x"]
    print("not reached")
print("after suppress")

log = []
try:
    with contextlib.ExitStack() as stack:
        a = stack.enter_context(resource("a", log))
        b = stack.enter_context(resource("b", log))
        stack.callback(log.append, "callback ran")
        log.append(f"using {a}{b}")
        raise ConfigError("inside stack")
except ConfigError as e:
    log.append(f"caught {e}")
print(log)

def failing():
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("while computing the ratio")
        raise ValueError("ratio failed") from e

try:
    failing()
except ValueError:
    show(traceback.format_exc())
    etype, value, tb = sys.exc_info()
    print("exc_info:", etype.__name__, value, tb is not None)

try:
    try:
        load({}, "port")
    finally:
        print("finally runs first")
except AppError as e:
    text = "".join(traceback.format_exception(e))
    print(text.count("Traceback"), "tracebacks;", "direct cause" in text)
    show(text)
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(traceback.format_exception_only(e)[-1].strip())

def nested():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise RuntimeError("middle")
        except RuntimeError as mid:
            raise TypeError("outer") from None
try:
    nested()
except TypeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    print(traceback.format_exc().splitlines()[-1])

def retry(times):
    errors = []
    for attempt in range(times):
        try:
            if attempt < times - 1:
                raise ConnectionError(f"attempt {attempt}")
            return "ok", errors
        except ConnectionError as e:
            errors.append(str(e))
            continue
        finally:
            errors.append("f")
print(retry(3))
try:
    raise ExceptionGroup("many", [ValueError("v"), ConfigError("c")])
except* ConfigError as group:
    print("config group:", [str(x) for x in group.exceptions])
except* ValueError as group:
    print("value group:", group.exceptions)
