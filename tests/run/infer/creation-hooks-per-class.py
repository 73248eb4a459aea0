# Classes made while hooks run (a base's `__init_subclass__`, a
# descriptor's `__set_name__`) next to plain typed classes, and
# `functools.wraps` copying a function's and an instance's `__dict__`.
import functools

made = []


class Tracked:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        made.append(cls.__name__)
        cls.early = cls()


class Child(Tracked):
    def __init__(self):
        self.a = 1
        self.b = 2.5


class Named:
    def __set_name__(self, owner, name):
        self.name = name
        owner.seen = owner()

    def __get__(self, obj, owner=None):
        return self.name if obj is None else obj.__dict__.get("_" + self.name, 0)


class Holder:
    field = Named()

    def __init__(self):
        self.x = 1.5
        self.y = 2.5


class Plain:
    __slots__ = ("u", "v")

    def __init__(self, u, v):
        self.u = u
        self.v = v

    def total(self):
        return self.u + self.v


def tagged(f):
    f.tag = "t"
    return f


@tagged
def base(x):
    return x + 1


@functools.wraps(base)
def wrapper(x):
    return base(x) * 2


class Deco:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.__wrapped__(*args)


@Deco
def square(n):
    return n * n


print(made, Child.early.a, Child.early.b, vars(Child()))
print(Holder.field, Holder.seen.x, vars(Holder()))
p = Plain(1.5, 2.0)
s = 0.0
for i in range(100):
    s += p.total()
print(s)
print(wrapper(3), wrapper.__name__, getattr(wrapper, "tag", None))
print(square(4), square(5), square.calls, square.__name__, sorted(vars(square)))
