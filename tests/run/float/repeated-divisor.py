# Checks typed float divisions by a divisor an earlier division in the same
# block already used (its zero test is left out): true, floor and modulo
# divisions, a zero divisor raising at the first division, and divisions
# in different branches, where nothing is known.


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def scale_down(self, d):
        self.x /= d
        self.y /= d
        self.z /= d


def parts(a, b, d):
    return a / d, b // d, a % d, b / d, (a + b) % d


def branches(a, d, flag):
    if flag:
        r = a / d
    else:
        r = a * 2.0
    return r / d


v = Vec(3.0, -6.0, 9.0)
v.scale_down(1.5)
print(v.x, v.y, v.z)
print(parts(7.5, -2.25, 2.0))
print(parts(7.5, -2.25, -0.5))
print(branches(9.0, 3.0, True), branches(9.0, 3.0, False))
for args in ((1.0, 2.0, 0.0), (0.0, 0.0, -0.0)):
    try:
        print(parts(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    branches(1.0, 0.0, False)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
w = Vec(1.0, 2.0, 3.0)
try:
    w.scale_down(0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, w.x, w.y, w.z)
