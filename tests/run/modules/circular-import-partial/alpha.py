import beta

X = 1


def f():
    return beta.Y + X
