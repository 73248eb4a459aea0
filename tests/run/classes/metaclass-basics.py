# Checks metaclasses deriving from type (3.11): their __new__ and __init__ run
# for the class and its subclasses with the class keywords, __call__
# wraps instance creation, dunders on the metaclass (__iter__, __len__,
# __getitem__, __repr__, __contains__) apply to the class, metaclass
# methods and properties are reached through the class, __prepare__ makes
# the namespace, a function as metaclass, and the conflict error.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = "Meta"
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(cls.members)

    def __len__(cls):
        return len(cls.members)

    def __getitem__(cls, key):
        return cls.members[key]

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def __contains__(cls, item):
        return item in cls.members

    def describe(cls):
        return f"{cls.__name__} with {len(cls)} members"

    @property
    def size(cls):
        return len(cls.members)


class Base(metaclass=Meta, flag=True):
    members = ["a", "b"]

    def __init__(self, x):
        self.x = x


class Derived(Base):
    members = ["c"]


print(type(Base).__name__, type(Derived).__name__, isinstance(Base, Meta), isinstance(Base, type))
print(Base.created_by, Derived.created_by)
print(list(Base), len(Base), Base[1], repr(Base), "a" in Base, "z" in Derived)
print(Base.describe(), Derived.size)
obj = Derived(5)
print(obj.x, type(obj).__name__, isinstance(obj, Base))
print(Meta.__mro__)
print(str(Base))


class Counted(type):
    count = 0

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Counted.count += 1
        cls.index = Counted.count


class A(metaclass=Counted):
    pass


class B(A):
    pass


print(A.index, B.index, Counted.count)


class WithPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}


class P(metaclass=WithPrepare):
    print("body sees", injected)


print(P.injected)


class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name
        Plugin.registry.append(name)


class Alpha(Plugin, name="alpha"):
    pass


class Beta(Plugin):
    pass


print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name)
try:
    class Bad(flag=True):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError", e)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


try:
    class Y(X, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError", e)

def factory(name, bases, ns, **kw):
    print("factory", name, kw)
    return 7

class F(metaclass=factory, extra=1):
    pass
print(F)
print(type("T", (), {}).__name__)
