# An index out of range inside small functions that inlining copies into
# their callers (the list and the index proved exact, so the read and the
# write run no Python code) still shows every frame.


def last(values):
    return values[-1]


def put(values, i, x):
    values[i] = x


def shift(values):
    put(values, 0, last(values) + 1)
    return values


print(shift([1, 2, 3]))
print(shift([]))
