# Validating descriptors with __set_name__, a plugin registry through __init_subclass__, __format__ on user classes
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
        owner.fields = getattr(owner, "fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.name, value)
    def validate(self, value):
        pass

class Positive(Field):
    def validate(self, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value!r}")

class NonEmpty(Field):
    def validate(self, value):
        if not value:
            raise ValueError(f"{self.public} must not be empty")

class Plugin:
    registry = {}
    def __init_subclass__(cls):
        super().__init_subclass__()
        Plugin.registry[cls.__name__.lower()] = cls

class Product(Plugin):
    name = NonEmpty()
    price = Positive()
    qty = Positive()
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    def __format__(self, spec):
        if spec == "short":
            return self.name
        return f"{self.name} x{self.qty} @ {format(self.price, spec or '.2f')}"

class Service(Plugin):
    pass

print(Product.fields, sorted(Plugin.registry), type(Product.__dict__["price"]).__name__)
p = Product("pen", 1.5, 3)
print(f"{p}|{p:short}|{p:.3f}", format(p, ">8"), "{:short}".format(p))
for bad in [("", 1), ("x", -1), ("y", 2, 0)]:
    try:
        Product(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(p.price, p._price, Product.price.public)
class Weird:
    def __format__(self, spec):
        return 42
try:
    f"{Weird()}"
except TypeError as e:
    print("TypeError:", e)
try:
    format(Weird(), "x")
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    f"{Plain():>5}"
except TypeError as e:
    print("TypeError:", e)
class E(Exception):
    def __format__(self, spec):
        return "E!" + spec
print(f"{E('boom'):x}", f"{ValueError('v')}")
