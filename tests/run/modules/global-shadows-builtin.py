# A module global named like a builtin reads the builtin until the module
# binds it, and again after `del`, as CPython's global lookup does.
_abs = abs
print(_abs(-3))


def early():
    return len("four")


print(early())


def len(x):
    return 42


print(early())
del len
print(early())


def max(*args):
    return "mine"


print(max(1, 2))
try:
    print(min2)
except NameError as e:
    print("NameError:", e)
