# A class's own __getattribute__ runs for every attribute load (instance
# attributes, class attributes, methods, getattr/hasattr), with __getattr__
# tried only after it raises AttributeError; object.__getattribute__ and
# super().__getattribute__ do the plain lookup.


class Strict:
    public = 2

    def __init__(self):
        self.secret_inst = 3
        self.visible = "v"

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return super().__getattribute__(name)

    def shout(self):
        return self.visible.upper()

    secret_key = 1


s = Strict()
print(getattr(s, "secret_key", "denied"), getattr(s, "secret_inst", "denied"))
for name in ("secret_key", "secret_inst"):
    try:
        getattr(s, name)
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(s, "secret_key"), hasattr(s, "public"), s.public, s.visible, s.shout())
print(object.__getattribute__(s, "secret_inst"))


class Logged:
    def __init__(self):
        self.log = []
        self.x = 10

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"

    def double(self):
        return self.x * 2


g = Logged()
total = 0
for _ in range(3):
    total += g.x
print(total, g.double(), g.nothing, g.log)


class Base:
    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        return value * 2 if isinstance(value, int) else value


class Child(Base):
    n = 5

    def __init__(self):
        self.m = 7


c = Child()
print(c.n, c.m, [c.n for _ in range(2)])
