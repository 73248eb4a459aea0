def name():
    return "square"


def label():
    return "shape"


def describe():
    return label() + ": " + name()
