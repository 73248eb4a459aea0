# Checks the IR of a function with default arguments and of calls that
# omit them, pass them by position, and pass them by keyword.
def scale(value, factor=2, offset=0):
    return value * factor + offset


print(scale(1), scale(1, 3), scale(1, offset=5))
# flags: --no-inline
