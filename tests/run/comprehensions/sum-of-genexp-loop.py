# sum(<generator expression>) lowered as a loop: empty sums, int overflow
# to big ints, floats after an int start, conditions, range steps and big
# bounds, list and iterator sources, unpacking targets, closures, errors in
# the element and in the addition, a shadowed `sum`.
import sys

big = sys.maxsize


def totals(n):
    print(sum(i for i in range(n)))
    print(sum(i * i for i in range(n) if i % 3))
    print(sum(1.5 * i for i in range(n)))
    print(sum(i for i in range(n, 0, -1)))
    print(sum(i for i in range(0, n, 3)))
    print(sum(x for x in range(big - 3, big + 3)))
    print(sum(x for x in range(-big - 3, -big + 3)))
    print(sum(big for _ in range(n)))
    print(sum(x / 2 for x in range(n)))


totals(0)
totals(1)
totals(10)

print(sum(x for x in [1, 2.5, 3]))
print(sum(x for x in [-0.0]))
print(sum(x for x in [True, True, 2]))
print(sum(a * b for a, b in [(1, 2), (3, 4)]))
print(sum(len(s) for s in ("ab", "cde") if s))
print(sum(x for x in iter([4, 5, 6])))
print(sum(x for x in {1: "a", 2: "b"}))


def scale(values, k):
    return [sum(k * v * i for v in values) for i in range(3)]


print(scale([1.0, 2.0], 2))

try:
    print(sum(x for x in [1, "a"]))
except TypeError as exc:
    print("TypeError:", exc)

try:
    print(sum(1 / x for x in range(-2, 3)))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        print("radd", other)
        return Money(other + self.cents) if isinstance(other, int) else NotImplemented

    def __add__(self, other):
        print("add", other.cents)
        return Money(self.cents + other.cents)


print(sum(Money(c) for c in [5, 7, 9]).cents)


def counts():
    yield 1
    yield 2


print(sum(x for x in counts()))
print(sum(x * 10 for x in (y + 1 for y in range(3))))


def shadowed():
    sum = lambda items: "shadowed"
    return sum(x for x in range(3))


print(shadowed())
i = 100
print(sum(i for i in range(4)), i)
