# `for x in range(...)` loops with a step of 1 or -1 run a fast copy when
# both bounds are small ints: bounds at the edges of the 63-bit small-int
# range, big bounds (the general loop), negative steps, empty ranges,
# break/continue/else, return, the target reassigned, __index__ bounds.
import sys

SMALL_MAX = 2**62 - 1
SMALL_MIN = -(2**62)


def collect(r):
    out = []
    for x in r:
        out.append(x)
    return out


def up(a, b):
    out = []
    for x in range(a, b):
        out.append(x - a)
    return out, (x if out else None)


def down(a, b):
    out = []
    for x in range(a, b, -1):
        out.append(a - x)
    return out


def first_square_over(n, limit):
    for i in range(n):
        if i * i > limit:
            return i
    return -1


def skip_odd(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -total
    return total


def reassigned(n):
    seen = []
    for i in range(n):
        seen.append(i)
        i = 100
    return seen


def grows(items):
    # The range is fixed when the loop starts, whatever the body appends.
    for i in range(len(items)):
        items.append(items[i] * 2)
    return items


def index_errors(items):
    caught = []
    for i in range(5):
        try:
            caught.append(items[i])
        except IndexError as e:
            caught.append(str(e))
    return caught


def divide(n):
    total = 0.0
    for i in range(-n, n + 1):
        total += 1.0 / i
    return total


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(up(SMALL_MAX - 3, SMALL_MAX))
print(up(SMALL_MAX - 2, SMALL_MAX + 2))
print(up(SMALL_MIN, SMALL_MIN + 3))
print(up(SMALL_MIN - 2, SMALL_MIN + 1))
print(up(2**80, 2**80 + 3), up(5, 2), up(3, 3))
print(down(SMALL_MIN + 3, SMALL_MIN))
print(down(SMALL_MIN + 1, SMALL_MIN - 2))
print(down(SMALL_MAX + 1, SMALL_MAX - 2), down(2, 5))
print(collect(range(SMALL_MAX - 1, SMALL_MAX + 1)))
print(collect(range(4, -1, -1)), collect(range(0)), collect(range(-3)))
print(first_square_over(100, 50), first_square_over(3, 50))
print(skip_odd(5), skip_odd(100))
print(reassigned(4))
print(grows([1, 2, 3]))
print(index_errors([7, 8]))
print(collect(range(Index(3))), collect(range(True)), collect(range(Index(2), Index(-1), -1)))
try:
    print(divide(3))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 2**63
print(up(n - 2, n + 1), down(n + 1, n - 2))
for x in range(2):
    print("module", x)
