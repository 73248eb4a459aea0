# Subclasses of int, float, set and frozenset: values, arithmetic returning
# the base type, overridden operators, __new__ with super().__new__,
# repr of set subclasses, and isinstance.
class Money(int):
    def __repr__(self):
        return "$" + str(int(self))
    def __add__(self, other):
        return Money(int(self) + int(other))

m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__, m == 5, m < 10)
print(isinstance(m, int), hash(m) == hash(5), int(m), [0, 1, 2, 3, 4, 5, 6][m], -m, abs(Money(-3)))
big = Money(10 ** 30)
print(int(big) + 1, big > 10 ** 29, Money("42") + 0, Money(), bool(Money(0)))

class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, value)
    def fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius(100)
print(c, repr(c), c.fahrenheit(), c + 1, type(c + 1).__name__, isinstance(c, float), round(c), c == 100.0)

class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj

f = Flag(4, "four")
print(f, f.name, f + 1, f | 1, Flag.__mro__)

class Tags(set):
    pass

t = Tags([3, 1, 2])
t.add(4)
print(t, len(t), 3 in t, t | {9}, type(t | {9}).__name__, sorted(t), Tags(), isinstance(t, set))
t.discard(1)
print(t, t == {2, 3, 4})

class Frozen(frozenset):
    pass

fr = Frozen([1, 2])
print(fr, Frozen(), hash(fr) == hash(frozenset([1, 2])), {fr: "ok"}[frozenset([1, 2])])

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"

pt = Point(3, 4)
print(pt, pt.x, pt[1], len(pt), pt == (3, 4), tuple(pt), list(pt))

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
            print("created")
        return cls._instance
    def __init__(self):
        print("init")

one = Singleton()
two = Singleton()
print(one is two)

class NotMine:
    def __new__(cls, value):
        return value * 2

print(NotMine(21), type(NotMine("ab")).__name__)

Dyn = type("Dyn", (dict,), {"hello": lambda self: "hi " + str(len(self))})
dy = Dyn(a=1)
print(dy, dy.hello(), Dyn.__name__, isinstance(dy, dict))
