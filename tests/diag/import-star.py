# Checks the star imports typhon rejects: one from a module whose `__all__` is
# computed (the names are fixed when compiling), one from a native module whose
# names typhon does not list, and one inside a function (CPython's
# SyntaxError).
from helpers.computed_all import *  # error: [unsupported-feature]
from sys import *  # error: [unsupported-feature]


def f():
    from helpers import *  # error: [syntax-error]
