# Checks an enum-like metaclass: __prepare__ returns a dict subclass that
# records definition order and rejects reused names, __new__ turns the
# namespace's values into instances of the class, and the metaclass gives
# the class iteration, len, membership, item access and a repr.
class MemberDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self:
            raise TypeError(f"{key!r} already defined")
        if not key.startswith("_") and not callable(value):
            self.order.append(key)
        super().__setitem__(key, value)


class EnumMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return MemberDict()

    def __new__(mcs, name, bases, ns, **kw):
        order = list(ns.order)
        values = {key: ns[key] for key in order}
        cls = super().__new__(mcs, name, bases, dict(ns))
        members = []
        for key in order:
            member = object.__new__(cls)
            member.name = key
            member.value = values[key]
            setattr(cls, key, member)
            members.append(member)
        cls._members = members
        return cls

    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, member):
        return member in cls._members

    def __getitem__(cls, name):
        for member in cls._members:
            if member.name == name:
                return member
        raise KeyError(name)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def describe(self):
        return f"{self.name} = {self.value}"


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def is_warm(self):
        return self is Color.RED


print(Color, len(Color), list(Color))
print(Color.RED, Color["GREEN"], Color.BLUE.value, Color.RED.is_warm(), Color.BLUE.is_warm())
print(Color.GREEN in Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print([member.describe() for member in Color])
print(type(Color).__name__, type(Enum).__name__, Color.__name__)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    class Broken(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
