# CPython's TypeError messages for calls that do not fit the parameters:
# missing, unexpected and repeated arguments, too many positional ones,
# keyword-only and positional-only misuse.


def f(a, b, *, c, d=1):
    pass


def g(a, /, b):
    pass


def h(a, b=2):
    pass


def k(*, x):
    pass


for thunk in [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, 2, c=3, e=4),
    lambda: f(1, 2, c=3, a=4),
    lambda: g(a=1, b=2),
    lambda: g(1, 2, 3),
    lambda: h(),
    lambda: h(1, 2, 3),
    lambda: k(),
    lambda: k(1),
    lambda: k(1, x=2),
    lambda: f(),
    lambda: (lambda *, p, q: 0)(),
]:
    try:
        thunk()
    except TypeError as exc:
        print(exc)
