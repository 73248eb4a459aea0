# Checks globals a module body binds before running any code (read
# without the NameError test; constant ones replaced by the constant):
# constants read by functions and folded (`BLACK + WHITE - c`), a tuple
# and a function bound early, and every way such a global may still
# change or be unbound, which must keep the read: a later `global`
# store, `del`, an attribute store on the module, `globals()`, a store
# after the first call, and a read before the store.
import sys

EMPTY, BLACK, WHITE = 0, 1, 2
NAME = "board"
RATIO = 0.5
FLAG = True
NOTHING = None
LENGTH = len
BIG = 1180591620717411303424
DIRECTIONS = (-1, 1, 10)
COUNTER = 0
DOOMED = 7
PATCHED = 3


def opponent(colour):
    return BLACK + WHITE - colour


def describe():
    return (EMPTY, NAME, RATIO * 4, FLAG, NOTHING, LENGTH("abc"), BIG + 1, DIRECTIONS)


def bump():
    global COUNTER
    COUNTER += 1
    return COUNTER


def doomed():
    return DOOMED


def patched():
    return PATCHED


def late():
    return LATE


def early_call():
    try:
        return BEFORE
    except NameError as e:
        return "NameError: %s" % e


print(early_call())
BEFORE = "now bound"
print(early_call())
LATE = "late"

print(opponent(BLACK), opponent(WHITE), opponent(5))
print(describe())
print(bump(), bump(), COUNTER)
print(doomed())
del DOOMED
try:
    doomed()
except NameError as e:
    print("NameError:", e)
sys.modules[__name__].PATCHED = 4
print(patched())
print(late())
print(DIRECTIONS is describe()[-1], NAME is describe()[1])


class Early:
    def __init__(self):
        try:
            self.seen = AFTER_CLASS
        except NameError as e:
            self.seen = "NameError: %s" % e

    def later(self):
        return AFTER_CLASS * 2


first = Early()
AFTER_CLASS = 21


class Late:
    def get(self):
        return AFTER_CLASS + LATE_LIMIT


LATE_LIMIT = 100
print(first.seen, Early().seen, first.later(), Late().get())
