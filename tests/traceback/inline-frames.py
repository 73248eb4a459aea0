# A failure inside functions that inlining copies into their callers (two
# levels: ratio into go, go into the module body) still shows every frame.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def ratio(a, b):
    return a / b


def go(v, w):
    return ratio(v.norm2(), w.norm2())


print(go(Vec(1.0, 2.0), Vec(3.0, 4.0)))
print(go(Vec(1.0, 2.0), Vec(0.0, 0.0)))
