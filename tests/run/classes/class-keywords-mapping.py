# Class keywords passed through a mapping (`class A(**options)`): they reach
# __init_subclass__ and the metaclass, `metaclass` may be among them, and
# repeated names and non-mappings raise CPython's TypeError.
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, sorted(kw.items()))
        super().__init_subclass__()
opts = {'color': 'red', 'size': 3}
class A(Base, **opts):
    pass
class B(Base, flag=True, **{'x': 1}):
    pass
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('meta', name, sorted(kw))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class C(**{'metaclass': Meta, 'extra': 5}):
    pass
print(type(C).__name__)
class D(**{}):
    pass
print(D.__mro__)
try:
    class E(Base, **{'a': 1}, a=2):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class F(**5):
        pass
except TypeError as e:
    print('TypeError', e)
