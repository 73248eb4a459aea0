# Module globals whose kind inference joins over all their stores: float
# and int constants, one rebound by a `global` statement to another type,
# one deleted and re-created, one assigned in a loop.
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS = 365.24
COUNT = 10
MIXED = 1.5
LOOPED = 0.0
for k in range(3):
    LOOPED += k * 0.5


def area(r):
    return PI * r * r + SOLAR_MASS / DAYS


def counted(n):
    return COUNT * n + n // COUNT


def mixed(x):
    return MIXED * x


def rebind():
    global MIXED
    MIXED = 2


print(area(2.0), counted(7), mixed(3.0), LOOPED)
rebind()
print(mixed(3.0), mixed(3))
del DAYS
try:
    print(area(1.0))
except NameError as e:
    print("NameError", e)
DAYS = 1.0
print(area(1.0))


def make():
    global LATE
    LATE = 0.25


try:
    print(LATE)
except NameError as e:
    print("NameError", e)
make()
print(LATE * 4)
