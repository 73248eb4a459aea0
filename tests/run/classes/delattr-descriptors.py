# Checks `del obj.attr` through user data descriptors: `__delete__` runs
# (also when the descriptor defines no `__set__`), a descriptor with only
# `__set__` refuses with CPython's bare "__delete__" AttributeError, and
# deleting through the class removes the descriptor itself.


class Full:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value

    def __delete__(self, obj):
        print("__delete__", self.name)
        obj.__dict__.pop("_" + self.name, None)


class OnlyDelete:
    def __get__(self, obj, owner=None):
        return "got"

    def __delete__(self, obj):
        print("only __delete__")


class OnlySet:
    def __get__(self, obj, owner=None):
        return "got"

    def __set__(self, obj, value):
        print("set", value)


class Holder:
    full = Full()
    od = OnlyDelete()
    os = OnlySet()


h = Holder()
h.full = 3
print(h.full)
del h.full
print(h.full)
del h.od
print(h.od)
h.os = 1
try:
    del h.os
except AttributeError as e:
    print("AttributeError:", e)
delattr(h, "full")
del Holder.full
print(hasattr(h, "full"))
