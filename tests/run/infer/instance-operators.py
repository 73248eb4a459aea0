# Instance inference: operators on instances of known classes (direct calls
# of __add__, __rmul__, __neg__ ...) keep CPython's protocol: NotImplemented
# hands over to the other operand, a subclass's reflected method goes
# first, an in-place method wins over the plain one, and sum() still calls
# __add__ / __radd__.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return V(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def show(self):
        return "V(" + str(self.x) + ", " + str(self.y) + ")"


def arith():
    a = V(1.0, 2.0)
    b = V(0.5, 0.25)
    c = a + b * 2.0 - (-a)
    d = 3.0 * c
    e = 2 * d
    return c.show() + " " + d.show() + " " + e.show()


print(arith())
print(sum([V(1, 2), V(3, 4)]).show())


# NotImplemented from the forward method: the other operand decides.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        return "radd " + str(other)


class Tag:
    def __init__(self, t):
        self.t = t

    def __radd__(self, other):
        return "tag " + self.t


def money():
    m = Money(5)
    n = m + Money(7)
    out = [n.cents]
    try:
        m + 1.5
    except TypeError as exc:
        out.append(str(exc))
    out.append(m + Tag("x"))
    out.append(2 + m)
    return out


print(money())


# A subclass's reflected method goes before the base's forward one.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "base add"


class Derived(Base):
    def __radd__(self, other):
        return "derived radd"


def subclass():
    return Base(1) + Derived(2), Base(1) + Base(2), Derived(1) + Base(2)


print(subclass())


# In-place: __iadd__ when defined, else __add__.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self


class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Num(self.n + other)


def inplace():
    a = Acc()
    a += 1
    a += 2.5
    n = Num(1)
    n += 2
    n += 3
    return a.items, n.n


print(inplace())
