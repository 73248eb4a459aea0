# User-defined descriptors: __get__/__set__/__delete__ classes as data and non-data descriptors, __set_name__, class-level access
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

class Product:
    name = NonEmpty()
    price = Positive()
    qty = Positive()
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty

print(Product.fields, type(Product.__dict__["price"]).__name__, Product.price.public)
p = Product("pen", 1.5, 3)
print(p.name, p.price, p.qty, p._price, sorted(p.__dict__))
for bad in [("", 1), ("x", -1), ("y", 2, 0)]:
    try:
        Product(*bad)
    except ValueError as e:
        print("ValueError:", e)
p.__dict__["price"] = 99
print(p.price)

class Lazy:
    """A non-data descriptor: the instance attribute it stores wins afterwards."""
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __get__(self, obj, owner):
        if obj is None:
            return f"Lazy on {owner.__name__}"
        self.calls += 1
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, Circle.area, Circle.__dict__["area"].calls)
c.area = 5
print(c.area)

class Const:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, owner):
        return self.value
    def __set__(self, obj, value):
        raise AttributeError("read-only")

class Config:
    version = Const(3)
cfg = Config()
print(cfg.version, Config.version)
try:
    cfg.version = 4
except AttributeError as e:
    print("AttributeError:", e)

class Unit:
    def __get__(self, obj, owner):
        return "unit" if obj is None else f"unit of {type(obj).__name__}"
class Base:
    u = Unit()
class Derived(Base):
    pass
print(Base.u, Derived().u, Derived.u)
