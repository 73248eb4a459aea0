# __slots__ with inheritance: slotted subclasses of slotted bases share restrictions; a subclass without __slots__ gets a dict again.
class Base:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class Child(Base):
    __slots__ = ("y",)

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


class Free(Base):
    pass


c = Child(1, 2)
print(c.x, c.y)
try:
    c.z = 3
except AttributeError as e:
    print(e)
f = Free(5)
f.anything = "ok"
print(f.x, f.anything)
try:
    Base(1).y = 2
except AttributeError as e:
    print(e)


class Single:
    __slots__ = "only"


s = Single()
s.only = 1
print(s.only)
try:
    s.other = 2
except AttributeError as e:
    print(e)
