# Checks `while` loops whose condition is a comparison with a fast path
# (small ints) and a slow path (big ints, floats, strings, objects with
# __eq__ / __lt__), including conditions that leave the loop on the slow
# path, on the fast path, through break, and with else clauses.


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    def __lt__(self, other):
        print("lt", self.v, other)
        return self.v < other


def run_equal(cells, start, step, other):
    sq = start
    line = []
    while cells[sq] == other:
        line.append(sq)
        sq += step
    return line, sq


def count_below(values, limit):
    i = 0
    n = 0
    while values[i] < limit:
        n += 1
        i += 1
    else:
        n += 100
    return n


def mixed_stop(values, target):
    i = 0
    while values[i] != target:
        i += 1
        if i > 10:
            break
    return i


cells = [3, 1, 1, 1, 2, 1, 3]
print(run_equal(cells, 1, 1, 1))
print(run_equal(cells, 5, -1, 1))
big = 2**80
print(run_equal([big, big, big + 1], 0, 1, big))
print(run_equal([1.0, 1, True, 2], 0, 1, 1))
print(run_equal([Loud(1), Loud(1), Loud(2)], 0, 1, 1))
print(count_below([1, 2, 3, 10], 5))
print(count_below([1.5, 2**70, 0.5, 2**72], 2**71))
print(count_below([Loud(1), Loud(7)], 5))
print(mixed_stop([1, 2, "x", 4], "x"))
print(mixed_stop([5] * 20, 4))
print(mixed_stop([0, 2**64, 7], 2**64))
