# Checks CPython's compile-time errors for `nonlocal`: a name no enclosing
# function binds, and a declaration at module level.
def outer():
    def bump():
        nonlocal missing  # error: [syntax-error]
        missing = 1
    bump()
nonlocal anything  # error: [syntax-error]
