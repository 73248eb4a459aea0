# super() objects expose __self__, __self_class__ and __thisclass__
class Base:
    def who(self):
        return "Base.who"

    @classmethod
    def make(cls):
        s = super()
        return s.__self__, s.__self_class__, s.__thisclass__


class Child(Base):
    def info(self):
        s = super()
        print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is self)
        print(type(s).__name__, s.__class__.__name__)
        print(s.who())
        return s

    @classmethod
    def cinfo(cls):
        s = super()
        print(s.__self__ is cls, s.__self_class__ is cls, s.__thisclass__ is Child)
        return s


class Grand(Child):
    def info(self):
        s = super()
        print("Grand", s.__thisclass__.__name__, s.__self_class__.__name__)
        return super().info()


g = Grand()
s = g.info()
print(s.__thisclass__ is Child, s.__self_class__ is Grand, s.__self__ is g)
Grand.cinfo()
print([c.__name__ for c in Base.make()[1:]], Base.make()[0] is Base)
e = super(Child, g)
print(e.__thisclass__ is Child, e.__self_class__ is Grand, e.__self__ is g)
e2 = super(Base, Grand)
print(e2.__self__ is Grand, e2.__self_class__ is Grand, e2.__thisclass__ is Base)


class Shadow:
    __self__ = "class attribute wins"


class Sub(Shadow):
    def get(self):
        return super().__self__


print(Sub().get())
try:
    super(Child, g).nope
except AttributeError as exc:
    print("AttributeError:", exc)
print(hasattr(super(Child, g), "__self__"), hasattr(super(Child, g), "missing"))
