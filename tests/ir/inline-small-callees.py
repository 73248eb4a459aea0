# Small direct callees inlined into their callers: a float helper (no
# boxing across the former call), a getter-style method, __add__ whose
# inlined __init__ is inlined with it (nested frames), each behind the
# callee's recursion check.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def main(n):
    a = Vec(1.0, 2.0)
    s = 0.0
    for i in range(n):
        b = Vec(float(i), 0.5)
        a = a + b
        s += a.dot(b) + eval_a(i, 3)
    print(s)


main(10)
