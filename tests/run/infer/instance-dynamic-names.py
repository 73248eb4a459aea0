# Instance inference: attributes reached by computed names (setattr,
# getattr, hasattr, delattr, operator.attrgetter / methodcaller) stay
# correct: a computed setattr may store anything anywhere.
import operator


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


p = Pt(1.0, 2.0)
print(p.total())
for name in ["x", "y"]:
    setattr(p, name, name * 2)
print(p.total())
print(getattr(p, "to" + "tal")())
print(hasattr(p, "x"), hasattr(p, "z"))
delattr(p, "y")
print(hasattr(p, "y"))
q = Pt(0.5, 0.25)
print(operator.attrgetter("x")(q), operator.methodcaller("total")(q))
