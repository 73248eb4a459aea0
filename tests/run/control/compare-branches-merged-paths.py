# Branches on comparisons whose fast path (small ints, the same string
# object) and slow path (big ints, floats, user classes, None) meet before
# the branch: each path must reach the same side, with every variable as
# the path left it.


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other)
        return self.v < other

    def __gt__(self, other):
        print("gt", self.v, other)
        return self.v > other

    def __eq__(self, other):
        return isinstance(other, str) and other == "stop"


def classify(n):
    if n < 2:
        return "small"
    elif n <= 10**20:
        return "medium"
    return "large"


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def count_down(n):
    steps = 0
    while n > 0:
        n -= 7 if n > 10**19 else 1
        steps += 1
        if steps > 1000:
            break
    return steps, n


def nested(a, b, c):
    out = []
    for x in (a, b, c):
        if x < 5 and (x > 1 or x == -3):
            out.append("in")
        elif not x < 100:
            out.append("big")
        else:
            out.append("out")
    return out


def words(items):
    seen = 0
    for item in items:
        if item == "stop":
            break
        if item != "skip":
            seen += 1
    return seen


print([classify(n) for n in (0, 1, 2, 10**20, 10**20 + 1, 2.5, -(10**30))])
print(fib(20), fib(2**0 + 9))
print(count_down(5), count_down(10**19 + 14))
print(nested(3, 200, -3), nested(2**70, 4.5, 1))
print(nested(Loud(2), Loud(500), 0))
print(words(["a", "skip", "b", None, "c", "stop", "d"]), words(["x", Loud(1), "y"]))
i = 0
total = 0
while i < 2**64 + 3:
    i = i * 2 + 1 if i < 2**60 else i + 2**62
    total += 1
print(i, total)
