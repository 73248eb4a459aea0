# Reading the class of a value (`type(x)`, `x.__class__`): of an instance
# of a typed class it is that class (called, compared, named, used as a
# dict key); `type(self)` in methods of classes inference leaves untyped
# (a `__new__` here), and the standard library's own class reads (abc,
# datetime, collections, copy) all keep behaving as in CPython.
import abc
import collections
import copy
import datetime


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        return type(self)(self.x * k, self.y * k)

    def same_kind(self, other):
        return type(self) is type(other)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.x, self.y)


class Tagged:
    __slots__ = ("tag",)

    def __new__(cls, tag):
        self = object.__new__(cls)
        self.tag = tag
        return self

    def again(self):
        return type(self)(self.tag + "!")


class SubTagged(Tagged):
    pass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


v = Vec(1.5, 2.0)
w = v.scaled(2)
print(w, w.x + w.y, v.same_kind(w), type(w) is Vec, v.same_kind(3))
cls = v.__class__
print(cls.__name__, cls(3.0, 4.0), cls is Vec)
kinds = {type(v): "vec"}
print(kinds[Vec], type(v) in kinds, type(7) in kinds)
t = SubTagged("a").again()
print(type(t).__name__, t.tag, type(Tagged("b").again()).__qualname__)
print(isinstance(Square(2), Shape), Square(3).area(), isinstance(v, Shape))
try:
    Shape()
except TypeError as e:
    print(e)
print(datetime.date(2024, 1, 31).replace(day=1), datetime.timedelta(days=1) * 2)
d = collections.OrderedDict(a=1)
print(type(d.copy()).__name__, collections.Counter("abca").most_common(1))
c = copy.copy(v)
print(c, c is v, copy.deepcopy([v, v])[0].x)
