# PEP 479 in sum(<generator expression>), which typhon runs as a loop
# without a generator: a StopIteration escaping the element or a condition
# becomes RuntimeError("generator raised StopIteration"), caused by it.
def empty_next():
    return next(iter(()))


try:
    print(sum(next(it) for it in [iter([1]), iter([])]))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, type(e.__context__).__name__)
    print(e.__suppress_context__)

try:
    print(sum(x for x in range(5) if x < 3 or empty_next()))
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


class Stop(StopIteration):
    pass


def raise_stop(x):
    raise Stop(x)


try:
    sum(raise_stop(x) for x in [1.5, 2.5])
except RuntimeError as e:
    print("subclass:", type(e.__cause__).__name__, e.__cause__.args)

# Other exceptions pass through unchanged.
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, e.__context__)

# The exception state after a handled conversion is the caller's own.
import sys

try:
    sum(next(iter([])) for _ in range(2))
except RuntimeError:
    pass
print(sys.exc_info())

# Uncaught: the last line of the report is the RuntimeError.
print(sum(float(x) for x in range(4)))
sum(empty_next() for _ in "ab")
