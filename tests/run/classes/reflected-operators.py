# Reflected operators: int on the left, subclass operands tried first, NotImplemented on both sides, __iadd__ falling back to __add__.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("Num.__add__")
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print("Num.__radd__")
        return self + other

    def __sub__(self, other):
        return Num(self.v - (other.v if isinstance(other, Num) else other))

    def __rsub__(self, other):
        return Num(other - self.v)

    def __mul__(self, other):
        return NotImplemented

    def __lt__(self, other):
        print("Num.__lt__")
        return self.v < (other.v if isinstance(other, Num) else other)

    def __gt__(self, other):
        print("Num.__gt__")
        return self.v > (other.v if isinstance(other, Num) else other)

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Special(Num):
    def __radd__(self, other):
        print("Special.__radd__")
        return Special(other.v * 100 + self.v if isinstance(other, Num) else other + self.v)


print(1 + Num(2))
print(Num(2) + 1)
print(Num(1) + Special(2))
print(10 - Num(3), Num(10) - 3)
print(5 < Num(7), Num(7) > 5)
try:
    Num(1) * Num(2)
except TypeError as e:
    print(e)
try:
    None + Num(1)
except TypeError as e:
    print(type(e).__name__)
n = Num(1)
n += 5
print(n)
n -= Num(2)
print(n)
try:
    n *= 2
except TypeError as e:
    print(e)
print(sum([Num(1), Num(2), Num(3)]))
