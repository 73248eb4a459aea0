# Checks that the argument-less namespace builtins are rejected inside
# functions and class bodies (locals live in compiled slots there), and
# `globals` used as a value.
def f():
    return locals()  # error: [unsupported-feature]
def g():
    return dir()  # error: [unsupported-feature]
class C:
    names = vars()  # error: [unsupported-feature]
get = globals  # error: [unsupported-feature]
