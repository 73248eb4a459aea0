# dir() of user classes and instances (sorted, with the names CPython's
# object and type add), classes with __slots__, built-in bases, __dir__.
class A:
    x = 1
    def f(self):
        pass
class B(A):
    def __init__(self):
        self.y = 2
    @property
    def p(self):
        return 3
b = B()
print(dir(b))
print(dir(B))
print(dir(A) == dir(B))
b.zz = 5
b.aa = 6
print([n for n in dir(b) if not n.startswith('__')])
class S:
    __slots__ = ('a', 'b')
print([n for n in dir(S) if not n.startswith('__') or n in ('__dict__', '__weakref__', '__slots__')])
class T(S):
    pass
print([n for n in dir(T()) if n in ('__dict__', '__weakref__', 'a')])
for base in (list, dict, int, str, tuple, set, Exception, float, bytes):
    class Sub(base):
        pass
    print(base.__name__, [n for n in dir(Sub) if n not in dir(base)])
class W:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(W()))
class Annotated:
    n: int = 3
    def method(self):
        return self.n
print([n for n in dir(Annotated) if not n.startswith('__') or n == '__annotations__'])
class Meta(type):
    def meta_method(cls):
        return 1
class WithMeta(metaclass=Meta):
    own = 1
print([n for n in dir(WithMeta) if not n.startswith('__')])
