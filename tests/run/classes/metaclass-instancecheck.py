# Checks __instancecheck__ and __subclasscheck__ defined on a metaclass (as
# ABCs use them): isinstance and issubclass call them for classes of that
# metaclass, an exact type match skips __instancecheck__, and other
# classes are unaffected.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Mallard:
    def quack(self):
        return "quack"


class Stone:
    pass


print(isinstance(Mallard(), Duck), isinstance(Stone(), Duck), isinstance(Duck(), Duck))
print(issubclass(Mallard, Duck), issubclass(Stone, Duck), issubclass(Duck, Duck))
print(isinstance(Mallard(), (int, Duck)), isinstance(3, int), issubclass(bool, int))


class Strict(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("no checks")


class Guarded(metaclass=Strict):
    pass


try:
    isinstance(1, Guarded)
except RuntimeError as e:
    print("RuntimeError", e)
