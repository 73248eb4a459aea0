# `while i < n: ...; i += 1` (and `while i > n: ...; i -= 1`) loops run a
# call-free copy when both are small ints: bounds at both edges of the
# 63-bit range and beyond, big and float counters, `break`/`continue`/
# `else`, `return` inside, constant limits, an empty body, and loops that
# change the limit or the counter elsewhere (no copy).
import sys

big = sys.maxsize
edge = 2**62  # one past typhon's largest small int


def up(i, n):
    total = 0
    while i < n:
        total += i
        i += 1
    return total, i


def down(i, n):
    steps = []
    while i > n:
        steps.append(i)
        i -= 1
    else:
        steps.append("else")
    return steps, i


def skip_odd(n):
    i = 0
    seen = []
    while i < n:
        if i % 2:
            i += 1
            continue
        if i > 6:
            break
        seen.append(i)
        i += 1
    else:
        seen.append("done")
    return seen, i


def find(items, wanted):
    i = 0
    n = len(items)
    while i < n:
        if items[i] == wanted:
            return i
        i += 1
    return -1


def constant_limit():
    i = 0
    while i < 5:
        i += 1
    return i


def empty(i, n):
    while i < n:
        i += 1
    return i


def moving_limit(n):
    i = 0
    while i < n:
        n -= 1
        i += 1
    return i, n


def counter_also_set(n):
    i = 0
    while i < n:
        i = i * 2
        i += 1
    return i


for args in [(0, 5), (5, 0), (big - 3, big), (big - 2, big + 2), (-big - 3, -big), (-big - 4, -big - 1), (0.5, 3), (2**70, 2**70 + 3), (edge - 3, edge - 1), (edge - 2, edge), (edge - 1, edge + 1), (-edge - 2, -edge + 1)]:
    print(up(*args))
for args in [(5, 0), (0, 5), (big, big - 3), (-big, -big - 3), (2**64 + 2, 2**64), (3.5, 1), (-edge + 2, -edge - 1), (-edge + 1, -edge - 2), (edge + 1, edge - 2)]:
    print(down(*args))
print(skip_odd(4), skip_odd(20))
print(find([3, 1, 4, 1, 5], 4), find([3, 1], 9))
print(constant_limit(), empty(3, 10), empty(big - 1, big + 1))
print(moving_limit(10), counter_also_set(100))
try:
    up(0, "x")
except TypeError as exc:
    print("TypeError:", exc)
