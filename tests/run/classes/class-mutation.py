# Changing classes after creation: new class attributes, replaced methods and special methods, instance attributes shadowing class attributes.
class Thing:
    color = "red"

    def describe(self):
        return "a " + self.color + " thing"


t = Thing()
u = Thing()
print(t.describe(), u.color)
u.color = "blue"
print(t.describe(), u.describe(), Thing.color)
Thing.color = "green"
print(t.describe(), u.describe())


def shout(self):
    return self.describe().upper() + "!"


Thing.shout = shout
print(t.shout(), hasattr(u, "shout"))


def new_describe(self):
    return "replaced " + self.color


Thing.describe = new_describe
print(t.describe(), t.shout())


def thing_add(self, other):
    return self.color + "+" + other.color


Thing.__add__ = thing_add
print(t + u)
Thing.__len__ = lambda self: len(self.color)
print(len(t), len(u), bool(t))


class Sub(Thing):
    pass


s = Sub()
print(s.describe(), len(s), Sub.color)
Sub.color = "black"
print(s.describe(), t.describe())
t.describe = lambda: "instance function"
print(t.describe(), u.describe())
