# Small functions and methods that inlining may copy into their callers
# still raise as themselves: ZeroDivisionError, AttributeError on a deleted
# attribute, NameError of a global, OverflowError of an int conversion,
# each caught where CPython would catch it, then one left uncaught.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


def ratio(a, b):
    return a / b


def int_ratio(a, b):
    return a // b + a % b


def with_global(a):
    return a + LATER


def as_float(n):
    return n * 0.5


def go(v, w):
    return ratio(v.norm2(), w.norm2())


print(go(Vec(1.0, 2.0), Vec(3.0, 4.0)))
try:
    go(Vec(1.0, 2.0), Vec(0.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for b in [3, 1, 0]:
    try:
        print(int_ratio(17, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
v = Vec(1.5, 2.5)
print(v.scaled(2.0).norm2())
del v.y
try:
    print(v.norm2())
except AttributeError as e:
    print("AttributeError", e)
try:
    print(with_global(1))
except NameError as e:
    print("NameError", e)
LATER = 41
print(with_global(1))
for n in [3, 10**400]:
    try:
        print(as_float(n))
    except OverflowError as e:
        print("OverflowError", e)
total = 0.0
for i in range(1, 50):
    total += ratio(float(i), float(i + 1))
print(round(total, 6))
print(go(Vec(1.0, 2.0), Vec(0.0, 0.0)))
