# An operator with an operand of unknown type reaches only the arithmetic
# methods of classes whose instances may be `obj` values: `Money`
# instances go into a list that also holds ints, so `total + item` may run
# `Money.__radd__` through the protocol, while `Vec` instances stay where
# inference sees them and `Vec.x` keeps its kind `float`. `--emit types`
# says what widened and where.
# emit: types


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(other + self.cents)


total = 0
for item in [1, 2, Money(250)]:
    total = total + item
v = Vec(1.5) + Vec(2.0)
print(v.x, total.cents)
