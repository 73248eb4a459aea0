# Special methods for operators: arithmetic, reflected, in-place, unary, comparisons, NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __bool__(self):
        return self.x != 0 or self.y != 0


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a)
print(a == Vec(1, 2), a != Vec(1, 2), a == 5, a < b, b > a)
print(bool(Vec(0, 0)), bool(a), "yes" if a else "no")
print(sorted([b, a, Vec(0, 1)]))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
c = a
c += b
print(c, a, c is a)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __repr__(self):
        return f"Acc{self.items}"


acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc, alias is acc)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        return self + other

    def __str__(self):
        return f"${self.cents / 100:.2f}"


print(sum([Money(150), Money(250)], 0) if False else Money(150) + 250, 5 + Money(1))
print(str(Money(199)), f"{Money(5)}")
