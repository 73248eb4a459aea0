# Checks CPython's SyntaxWarning for identity comparisons with a literal
# (constants and constant tuples), and none for None, True, False or names.
def check(x, y):
    if x is 1:  # warning: [syntax-warning]
        return "one"
    if x is not "a":  # warning: [syntax-warning]
        return "not a"
    if (1, 2) is x:  # warning: [syntax-warning]
        return "tuple"
    if y is -1:  # warning: [syntax-warning]
        return "minus one"
    return x is None or x is True or x is y or x is not False
