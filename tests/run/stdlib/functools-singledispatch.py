# functools.singledispatch: registration by class (as a decorator and a call), dispatch
# through the MRO and through ABCs, the default implementation, errors.
import functools
from collections.abc import Sequence


@functools.singledispatch
def describe(obj):
    """Describe an object."""
    return "object %r" % (obj,)


@describe.register(int)
def _(obj):
    return "int %d" % obj


@describe.register(str)
def _describe_str(obj):
    return "str of %d chars" % len(obj)


@describe.register(Sequence)
def _(obj):
    return "sequence of %d" % len(obj)


class MyInt(int):
    pass


describe.register(float, lambda x: "float %.1f" % x)
for value in [3, True, MyInt(7), "abc", [1, 2], (1,), 2.5, None, {1: 2}]:
    print(describe(value))
print(describe.__name__, describe.__doc__, describe.dispatch(bool) is describe.dispatch(int), object in describe.registry)
for bad in [lambda: describe(), lambda: describe.register(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
