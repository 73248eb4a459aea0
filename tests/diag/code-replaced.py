# Replacing a function's __code__ is rejected; reading it is fine.
def f():
    return 1


def g():
    return 2


print(f.__code__.co_name)
f.__code__ = g.__code__  # error: [unsupported-feature]
del g.__code__  # error: [unsupported-feature]
