import os as imported_os_name_module
imported_os_name = "os-like"
PUBLIC_CONSTANT = 42
_private = 1


def public_function(x):
    return x * 2 + _private


def len(x):
    return "shadowed len of " + repr(x)


if PUBLIC_CONSTANT < 0:
    maybe_bound = 1
