# `for` loops and comprehensions whose iterator is known to come from
# `iter(range(...))` step it as a range iterator first: every step count,
# sign and bound (inline ints and past them), iterators advanced by hand
# before the loop, comprehensions over ranges and over other iterables,
# and a `range` that is not the builtin; comprehensions over `enumerate`
# of bytes, bytearrays, lists and strings, which step it first.
import sys


def strided(start, stop, step):
    out = []
    for j in range(start, stop, step):
        out.append(j)
    return out


print(strided(0, 10, 3), strided(10, 0, -3), strided(5, 5, 1), strided(0, 1, 7))
print(strided(-7, 8, 5), strided(3, -20, -4))
big = 2**62
print(strided(big - 3, big + 3, 2))
print(strided(-big - 2, -big + 5, 3))
print(strided(2**70, 2**70 + 5, 2))
print(strided(sys.maxsize - 2, sys.maxsize + 3, 1))


def odd_sieve(limit):
    size = (limit - 1) // 2
    odd = [True] * size
    i = 0
    while True:
        p = 2 * i + 3
        if p * p > limit:
            break
        if odd[i]:
            for j in range((p * p - 3) // 2, size, p):
                odd[j] = False
        i += 1
    return [2] + [2 * i + 3 for i in range(size) if odd[i]]


print(odd_sieve(100))
print(len(odd_sieve(10000)), odd_sieve(10000)[-3:])


def squares(n, step):
    return [k * k for k in range(0, n, step)], {k % 3 for k in range(n)}, {k: -k for k in range(n, 0, -2)}


print(squares(10, 3))
print(squares(0, 1))


def copies(n):
    total = 0
    for a in range(n):
        for b in range(a, n, a + 1):
            total += b
    return total


print(copies(12))


def by_hand():
    it = iter(range(6))
    next(it)
    out = []
    for x in it:
        out.append(x)
        if x == 3:
            next(it)
    return out


print(by_hand())


def swapped(flag):
    source = range(4) if flag else [10, 20, 30]
    return [x + 1 for x in source]


print(swapped(True), swapped(False))


def gen(n, step):
    for k in range(0, n, step):
        yield k * 10


print(list(gen(10, 4)), sum(gen(100, 7)))


def zero_step():
    try:
        for j in range(0, 5, 0):
            print(j)
    except ValueError as e:
        print("ValueError:", e)


zero_step()


class Fake:
    def __init__(self, *args):
        self.args = args

    def __iter__(self):
        return iter(["fake", *self.args])


def shadowed():
    range = Fake
    return [x for x in range(1, 2)], list(range(3))


print(shadowed())


def flagged(flags):
    return [i for i, flag in enumerate(flags) if flag]


data = bytearray(b"\x01\x00\x01\x01\x00")
print(flagged(data), flagged(bytes(data)), flagged([0, "x", None, 3]), flagged("ab"))
print(flagged(b""), flagged([]), flagged(range(3)), flagged({0: 1, 5: 2}))
print([(i, x) for i, x in enumerate([(1, 2), "ab"])], [i + b for i, b in enumerate(b"\x05\x06")])


class Bytes(bytes):
    def __iter__(self):
        return iter([7, 0, 9])


print(flagged(Bytes(b"\x00\x00\x00")))
