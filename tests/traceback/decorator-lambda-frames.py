# Checks the frames of a failure inside a decorator application: the
# module frame points at the decorator line, then the decorator, a dict
# comprehension and a lambda each have their own frame.
invert = lambda x: 1 / x


def check(func):
    return {k: invert(k) for k in [2, 0]}


@check
def target():
    pass
