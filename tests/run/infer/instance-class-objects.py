# Instance inference: class objects that flow into other values (a list of
# classes, a parameter, type(x), x.__class__) still construct instances
# whose __init__ runs, and isinstance on known classes works.


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * 2


class B(A):
    pass


def make(cls, v):
    return cls(v)


print(make(A, 1.5).get(), make(B, "x").get())
for cls in [A, B]:
    print(cls(2).get(), cls.__name__)
a = A(3.0)
print(type(a)(4.0).get(), a.__class__(5).get())
print(isinstance(a, A), isinstance(a, B), isinstance(B(1), A))


class C:
    def __init__(self, v):
        self.v = v


c = C(1.0)
print(c.v + 1.0)
k = C
print(k("s").v)
