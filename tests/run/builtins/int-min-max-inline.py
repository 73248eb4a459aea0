# Checks min(a, b) and max(a, b) of two values inference types int (a
# compare and a select in line): ties keep the first argument, big ints,
# negative values, nesting, loops, and the calls that keep the builtin's
# own path (three arguments, key=, default=, mixed int and float).


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def scan(xs):
    best = xs[0]
    worst = xs[0]
    for x in xs:
        best = max(best, x)
        worst = min(worst, x)
    return best, worst


def tie_identity(n):
    a = n * 10**30
    b = n * 10**30
    return min(a, b) is a, max(a, b) is a, min(b, a) is b


def others(a, b, c):
    return (
        min(a, b, c),
        max(a, b, key=lambda v: -v),
        min([a, b], default=0),
        max(a, 2.5),
        min(a, b * 1.0),
    )


big = 2**70
print(clamp(5, 0, 3), clamp(-5, 0, 3), clamp(2, 0, 3), clamp(big, 0, big * 2), clamp(-big, -3, 3))
print(scan([3, 1, 4, 1, 5, 9, 2, 6]), scan([big, -big, 0]), scan([-1]))
print(tie_identity(3))
print(others(4, -2, 7), others(big, 1, -big))
total = 0
for i in range(1000):
    total += min(i, 500) - max(i - 990, 0)
print(total)
