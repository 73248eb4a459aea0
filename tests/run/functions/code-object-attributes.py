# A function's __code__: co_name, co_qualname, co_argcount and the other
# argument counts, co_varnames (parameters, then locals in first-reference
# order, without cell variables), co_nlocals, co_filename, co_firstlineno
# (a decorator's line for a decorated def) and co_flags basics.
import os


def plain(a, b):
    total = a + b
    return total


def shapes(a, /, b, *args, c, d=1, **kw):
    print(later)
    x = 1
    later = 2

    def inner():
        return x

    for i in range(2):
        pass
    squares = [n * n for n in args]
    return inner, squares, i


def decorate(f):
    return f


@decorate
def decorated(
    p,
):
    return p


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


def outer():
    def nested(q, *rest):
        return q

    return nested


class K:
    def method(self, z=0):
        w = self
        return w


def orders(v):
    v, y = 1, 2
    del y
    try:
        pass
    except ValueError as err:
        pass
    import os.path
    with open(__file__) as fh:
        pass
    (w := 3)
    lam = lambda: 0

    class Inner:
        pass

    d = {k: 0 for k in "ab"}
    return v


for f in [plain, shapes, decorated, gen, coro, agen, outer, outer(), K.method, orders]:
    co = f.__code__
    print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
    print("   ", co.co_varnames, co.co_nlocals, co.co_firstlineno, co.co_flags)
    print("   ", os.path.basename(co.co_filename), type(co).__name__)
square = lambda n, *more: n * n
print(square.__code__.co_name, square.__code__.co_varnames, square.__code__.co_flags)
print(square.__code__.co_firstlineno, plain.__code__ is plain.__code__)
print(getattr(plain, "__code__").co_argcount, repr(plain.__code__).startswith("<code object plain at 0x"))
print(repr(plain.__code__).endswith(f'code-object-attributes.py", line {plain.__code__.co_firstlineno}>'))


def count_args(func):
    return func.__code__.co_argcount


print(count_args(plain), count_args(lambda: 0), coro().close())
