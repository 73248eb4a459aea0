# Checks int `+`, `-`, `*` and comparisons where one operand is known to be an
# inline int (a range counter, a small constant, a local every path sets to
# one) and the other is a big int, a float, a bool or an object: near the
# inline range's edges, after joins of paths, in handlers and generators.


def sums(n):
    acc = 2**62 - 10
    out = []
    for i in range(n):
        acc += i
        out.append(acc)
    return out


def compares(limit):
    hits = []
    for i in range(-3, 4):
        hits.append((i < limit, i >= limit, limit == i, i != limit))
    return hits


def joined(flag):
    x = 1
    if flag:
        x = 2**70
    total = 0
    for i in range(3):
        total += x + i
        total += i * x
    return total


def handler_path():
    x = 5
    try:
        x = 2**64
        raise ValueError("v")
    except ValueError:
        x = x + 1
    return x


def gen():
    x = 3
    for i in range(3):
        x = yield x + i
    yield x


class Num:
    def __radd__(self, other):
        return ("radd", other)

    def __rmul__(self, other):
        return ("rmul", other)

    def __gt__(self, other):
        return "gt"


def mixed(values):
    out = []
    for i in range(2):
        for v in values:
            out.append(i + v)
            out.append(i * v)
            out.append(i - 1 < v)
    return out


def edges():
    out = []
    big = 2**62
    for i in range(4611686018427387900, 4611686018427387904):
        out.append(i + 1)
        out.append(i * 2)
        out.append(i - (-5))
        out.append(i < big)
    for i in range(-4611686018427387904, -4611686018427387900):
        out.append(i - 1)
        out.append(i * 3)
        out.append(i >= -big)
    return out


def while_counter(n):
    i = 0
    s = 0
    while i < n:
        s += i * 1000000007
        i += 1
    return s


print(sums(5))
print(compares(2**65))
print(compares(-(2**65)))
print(compares(1.5))
print(joined(False), joined(True))
print(handler_path())
g = gen()
print(next(g), g.send(2**63), g.send(7), g.send(2**80))
print(mixed([2**63, 1.25, True, -7]))
print(mixed([Num()]))
print(edges())
print(while_counter(10), while_counter(3000))
try:
    for i in range(3):
        print(i + "a")
except TypeError as e:
    print("TypeError", e)
try:
    for i in range(3):
        print(i < "a")
except TypeError as e:
    print("TypeError", e)
