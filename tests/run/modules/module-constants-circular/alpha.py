def f():
    try:
        return LIMIT
    except NameError as e:
        return "NameError: %s" % e


import beta

LIMIT = 5


def g():
    return LIMIT + 1


def h():
    return beta.twice(LIMIT)
