# Globals the module body binds before running any code: constant ones
# read by functions become the constant, and `+ - *` of two such small
# ints fold (`opponent` returns `3 - colour`); `COUNT`, stored again by
# `bump`, stays a global read (without its NameError test in code).
EMPTY, BLACK, WHITE = 0, 1, 2
COUNT = 0


def opponent(colour):
    return BLACK + WHITE - colour


def bump():
    global COUNT
    COUNT = COUNT + WHITE * 2
    return COUNT


print(opponent(BLACK), bump(), EMPTY)
