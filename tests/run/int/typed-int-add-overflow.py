# Typed int + - * (inference proves both operands ints, so the inline path has
# no float fallback) cross the 63-bit inline range into big ints and back,
# in loops and recursion, with constants loaded inside loops.
import sys

LIMIT = 2**62


def grow(n, step):
    out = []
    x = n
    for _ in range(4):
        x = x + step
        out.append(x)
    return out


def shrink(n, step):
    out = []
    x = n
    for _ in range(4):
        x = x - step
        out.append(x)
    return out


def scale(n, k):
    acc = n
    seen = []
    for _ in range(3):
        acc = acc * k
        seen.append(acc)
    return seen


def sum_to(n):
    total = 0
    for i in range(n):
        total += i * LIMIT
    return total


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(grow(LIMIT - 3, 1))
print(shrink(-LIMIT + 2, 1))
print(grow(LIMIT * 4, -LIMIT))
print(scale(3, -(2**31)))
print(scale(-(2**40), 2**21))
print(sum_to(5), sum_to(0))
print(fib(20), fib(1), fib(0))
big = int(sys.argv[1]) if len(sys.argv) > 1 else 2**70
print(grow(big, -(2**69)), shrink(big, big))
for label in ["a", "b", "c"]:
    print(label * 2, 1.5 * 2, "x" + label)
