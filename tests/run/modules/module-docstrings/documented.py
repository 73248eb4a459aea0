"""A module with a docstring.\n\tSecond line."""


def describe():
    return "doc length " + str(len(__doc__))
