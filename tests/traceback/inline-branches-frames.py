# A failure inside a callee with branches that inlining copies into its
# caller (clamp into scale, scale into run) still shows every frame, at the
# line inside the branch that failed.


class Box:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def clamp(self, x):
        if x < self.lo:
            return self.lo
        if x > self.hi:
            return self.hi / (self.hi - self.lo)
        return x


def scale(box, x):
    y = box.clamp(x)
    if y > 0.5:
        return y * 2.0
    return y


def run(box):
    total = 0.0
    for i in range(5):
        total += scale(box, i * 0.75)
    return total


print(run(Box(0.5, 2.0)))
print(run(Box(1.0, 1.0)))
