# A method name called on a value of unknown type reaches only the methods
# of classes whose instances may be that value; called through a super
# object (which holds an instance that need not escape) or a class, it
# reaches any class's method. Under --infer=checked a method wrongly left
# out would abort.
class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * 2.0


class Other:
    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n + 1


things = [Other(3), "x"]
for t in things:
    if isinstance(t, Other):
        print("obj receiver", t.area())
print("typed receiver", Shape(1.5).area())


class Base:
    def __init__(self, v):
        self.v = v

    def grow(self, k):
        return self.v * k


class Child(Base):
    def grow(self, k):
        args = (k,)
        return super().grow(*args) + 1


print("super with *args", Child(2).grow(3))
meth = Base.grow
print("through the class", meth(Child(5), 2))


class Point:
    def __init__(self, x):
        self.x = x

    def scaled(self, k):
        return Point(self.x * k)


def call_scaled(p, name):
    return getattr(p, name)(3)


print("computed name", call_scaled(Point(2.5), "scal" + "ed").x)
