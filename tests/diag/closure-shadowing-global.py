# Checks that a nested function reading a variable of its enclosing function
# is rejected even when a global has the same name (CPython reads the
# enclosing function's variable, not the global).
label = "global"


def outer():
    label = "local"

    def inner():
        return label  # error: [unsupported-feature]

    return inner()


print(outer())
