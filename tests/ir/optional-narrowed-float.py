# A `float | None` local narrowed by `is not None` (directly and through the `and` outcome local): the narrowed loads are unboxed floats and `best` stays a float
def hit(d):
    if d < 0.0:
        return None
    return d * 2.0


def closest(n):
    best = 1e9
    for i in range(n):
        t = hit(i - 3.5)
        if t is not None and t < best:
            best = t
    return best


print(closest(10))
