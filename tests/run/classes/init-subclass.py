# __init_subclass__ hooks (implicit classmethods, inherited, chained through super()) and __set_name__ on plain objects in class bodies
class Plugin:
    registry = {}
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.key = cls.__name__.lower()
        Plugin.registry[cls.key] = cls

class Reader(Plugin):
    pass
class CsvReader(Reader):
    pass
class Writer(Plugin):
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.writer = True
class JsonWriter(Writer):
    pass

print(sorted(Plugin.registry), CsvReader.key, JsonWriter.key, JsonWriter.writer, hasattr(Plugin, "key"))
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

class Counted:
    count = 0
    @classmethod
    def __init_subclass__(cls):
        Counted.count += 1
class A(Counted): pass
class B(A): pass
print(Counted.count)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.where = f"{owner.__name__}.{name}"

class Holder:
    first = Named()
    second = Named()
print(Holder.first.where, Holder.second.where)

class Bad:
    def __init_subclass__(cls):
        raise TypeError(f"{cls.__name__} may not subclass Bad")
try:
    class Child(Bad):
        pass
except TypeError as e:
    print("TypeError:", e)

