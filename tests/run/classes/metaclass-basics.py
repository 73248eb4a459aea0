# Metaclasses: metaclass= keyword, a metaclass's __new__ through
# super().__new__ (type.__new__), __init__, __call__ with super().__call__,
# class-level __iter__/__len__/__getitem__/__contains__/__repr__, metaclass
# attributes and properties seen from the class, inheritance of the
# metaclass, class keywords passed to __init_subclass__, conflicts, and
# 3-argument type() with __module__ and __qualname__.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, namespace, **kwargs):
        print("new", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in namespace if not k.startswith("__")), kwargs)
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        print("init", name)
        super().__init__(name, bases, namespace)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, key):
        return cls.items[key] * 10

    def __contains__(cls, item):
        return item in cls.items

    def __repr__(cls):
        return "<registered " + cls.__name__ + ">"

    @property
    def size(cls):
        return len(cls.items)

    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Registry):
    items = [1, 2, 3]
    def __init__(self, x):
        self.x = x

class Child(Base, flavour="sweet"):
    items = [4]
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)

class GrandChild(Child, flavour="sour"):
    pass

b = Base(5)
print(b.x, list(Base), len(Base), Base[1], 2 in Base, 9 in Base, Base, Child, GrandChild)
print(type(Base) is Registry, isinstance(Base, Registry), isinstance(Base, type), type(b) is Base)
print(Base.size, Child.size, Base.describe(), Registry.classes, Base.__name__, Base.__qualname__)
print(Registry.__mro__, type(Registry))

class Other(type):
    pass

class Solo(metaclass=Other):
    pass

try:
    class Mixed(Base, Solo):
        pass
except TypeError as e:
    print("TypeError", e)

Dyn = type("Dyn", (Base,), {"items": [7, 8], "__module__": "mymod", "__qualname__": "Outer.Dyn"})
print(Dyn, list(Dyn), Dyn.__module__, Dyn.__qualname__, Dyn(1).x)
Plain = type("Plain", (), {"v": 1})
print(Plain, Plain.__module__, Plain().v)

class Counting(type):
    def __call__(cls, *args):
        cls.made = getattr(cls, "made", 0) + 1
        return type.__call__(cls, *args)

class Widget(metaclass=Counting):
    pass

Widget(); Widget()
print(Widget.made, type(Widget).__name__)
for bad in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError", e)
