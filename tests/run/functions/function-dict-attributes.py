# Function __dict__: a real dict of a function's attributes, consistent with setattr/getattr, vars(), and copied by functools.wraps.
import functools


def tagged(f):
    f.tag = "t1"
    f.count = 0
    return f


@tagged
def work(x):
    """Do work."""
    return x * 2


print(work.__dict__)
print(vars(work))
print(sorted(work.__dict__))
work.__dict__["extra"] = 42
print(work.extra)
work.count += 1
print(work.__dict__["count"])
del work.tag
print(work.__dict__)
print(hasattr(work, "tag"))


def plain():
    pass


print(plain.__dict__)
print(type(plain.__dict__).__name__)
print(plain.__dict__ is plain.__dict__)
plain.__name__ = "renamed"
plain.__doc__ = "docs"
plain.__module__ = "mod"
print(plain.__dict__)
print(plain.__name__, plain.__doc__, plain.__module__)


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


wrapped = decorator(work)
print(wrapped.tag if hasattr(wrapped, "tag") else "no tag")
print(wrapped.extra, wrapped.count)
print(wrapped.__name__, wrapped.__doc__)
print(wrapped.__wrapped__ is work)
print(sorted(wrapped.__dict__))
print(wrapped(5))

# Replacing the whole dict.
plain.__dict__ = {"a": 1, "b": 2}
print(plain.a, plain.b)
print(plain.__dict__)
try:
    plain.__dict__ = [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    del plain.__dict__
except TypeError as e:
    print("TypeError:", e)
setattr(plain, "c", 3)
print(getattr(plain, "c"), plain.__dict__)
d = plain.__dict__
d.clear()
print(hasattr(plain, "a"), plain.__dict__)

# Lambdas and closures have one too.
lam = lambda: 1
lam.info = "lambda"
print(lam.__dict__)


def outer():
    def inner():
        return 1
    inner.level = 2
    return inner


print(outer().__dict__)

# update_wrapper directly, and wraps on a class-based decorator.
def target():
    "target doc"


target.marker = True


def shim():
    pass


functools.update_wrapper(shim, target)
print(shim.marker, shim.__doc__, shim.__name__)
print(sorted(vars(shim)))

# dir() lists a function's own attributes.
print([name for name in dir(shim) if not name.startswith("__")], "__wrapped__" in dir(shim))
