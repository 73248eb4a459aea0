# super() in classmethods, properties and dunders; explicit two-argument super; super() calls to exception and object methods.
class Base:
    registry = []

    @classmethod
    def create(cls, value):
        obj = cls()
        obj.value = value
        return obj

    @property
    def label(self):
        return "base"

    def __repr__(self):
        return "Base-repr"

    def __eq__(self, other):
        return isinstance(other, Base)

    __hash__ = object.__hash__


class Child(Base):
    @classmethod
    def create(cls, value):
        obj = super().create(value * 2)
        obj.extra = True
        return obj

    @property
    def label(self):
        return "child of " + super().label

    def __repr__(self):
        return "Child(" + super().__repr__() + ")"

    def __eq__(self, other):
        return super().__eq__(other) and isinstance(other, Child)

    __hash__ = Base.__hash__


c = Child.create(5)
print(type(c).__name__, c.value, c.extra, c.label, repr(c))
print(c == Child(), c == Base(), Base() == c)
print(super(Child, c).label, super(Child, c).__repr__())
print(len({c, c}), hash(c) == hash(c))


class MyError(ValueError):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code

    def __str__(self):
        return "E" + super().__str__()


e = MyError(7)
print(e.args, e.code, str(e))


class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True

    def __repr__(self):
        return "Plain:" + str(super().__repr__().startswith("<__main__.Plain object"))

    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)


p = Plain()
p.n = 21
print(p.ok, p.n, repr(p))
