# Conditions with `and`/`or`/`not` branch operand by operand, and
# `while i < n and ...: i += 1` loops get the call-free counting copy:
# short-circuit order and truth calls, counters crossing the 63-bit edge,
# big and float counters, an exception in a later operand (traceback line),
# `else`, `break`, walrus in the test (no copy), `None` narrowing through
# `and`, and conditional expressions, asserts, guards and comprehension ifs.
import sys

edge = 2**62  # one past typhon's largest small int
calls = []


class Loud:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        calls.append(self.name)
        return self.truth


def search(bounds, r):
    i = 0
    last = len(bounds) - 1
    while i < last and r >= bounds[i]:
        i += 1
    return i


print([search([0.1, 0.5, 0.9, 1.0], r) for r in (0.0, 0.3, 0.7, 0.95, 2.0)])


def count_from(i, n, limit):
    while i < n and i - limit < 5:
        i += 1
    else:
        return ("else", i)


print(count_from(0, 10, 3))
print(count_from(edge - 3, edge + 3, edge - 100))
print(count_from(edge - 3, edge + 3, edge))
print(count_from(-edge - 2, -edge + 2, -edge - 10))
print(count_from(edge - 4, edge - 1, edge))
print(count_from(-edge, -edge + 3, 0))
print(count_from(0.5, 4, 0))
print(count_from(10**30, 10**30 + 3, 10**30))


def down_with_or(i, n, flags):
    seen = []
    while i > n and (flags[i % len(flags)] or not seen):
        seen.append(i)
        i -= 1
    return seen, i


print(down_with_or(5, 0, [True, False, True]))
print(down_with_or(5, 0, [True, True, True]))


def chained(i, n, items):
    while i < n and items[i] and items[i] != "stop" and len(items[i]) < 4:
        if items[i] == "skip":
            i += 1
            continue
        if items[i] == "out":
            break
        i += 1
    return i


print(chained(0, 6, ["a", "skip", "bb", "stop", "x", "y"]))
print(chained(0, 6, ["a", "out", "bb"]))
print(chained(0, 6, ["a", "", "bb"]))
print(chained(0, 3, ["a", "bb", "ccc"]))


def until_out(i, n, items):
    while i < n and items[i] and len(items[i]) < 4:
        if items[i] == "out":
            break
        i += 1
    else:
        return "else", i
    return "break", i


print(until_out(0, 6, ["a", "bb", "out", "x"]))
print(until_out(0, 6, ["a", "bb", "", "x"]))
print(until_out(1, 3, ["a", "bb", "ccc", "dddd"]))
print(until_out(0, 6, ["a", "bbbb", "ccc"]))


def walrus_test(i, n):
    # The walrus stores to the counter: not a counting loop.
    while i < n and (i := i + 1) < 100:
        i += 1
    return i


print(walrus_test(0, 7))


def failing(i, n, items):
    while i < n and items[i] > 0:
        i += 1
    return i


print(failing(0, 3, [1, 2, 3]))
try:
    failing(0, 5, [1, 2, 3])
except IndexError as e:
    print("IndexError", e, sys.exc_info()[2].tb_next.tb_lineno)

calls.clear()
a, b, c = Loud("a", True), Loud("b", False), Loud("c", True)
if a and b or c:
    print("first", calls)
calls.clear()
if not (a and b) and not (b or c):
    print("unreachable")
else:
    print("second", calls)
calls.clear()
print("third" if (b or a) and c else "no", calls)
calls.clear()
print([n for n in range(6) if n % 2 and not n % 3 or n == 4], calls)
calls.clear()
assert a and (b or c), "assert"
print("assert", calls)
try:
    assert a and b, "message"
except AssertionError as e:
    print("AssertionError", e)


def narrow(x, y):
    if x is not None and y is not None and x < y:
        return x + y
    if x is None or y is None:
        return None
    return x - y


print(narrow(1.5, 2.5), narrow(None, 1.0), narrow(3.0, 1.0), narrow(2, None))

for value in (0, 1, 2, "s", None):
    match value:
        case int() if value and not value % 2:
            print("even", value)
        case int() if not value or value == 1:
            print("small", value)
        case _ if value is None or isinstance(value, str):
            print("other", value)
