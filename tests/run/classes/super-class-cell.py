# Zero-argument super() and __class__ use the class statement's own cell: a class made several times by a function, nested classes, classmethods, __class__ reads
def make(tag):
    class Base:
        def hello(self):
            return f"base-{tag}"
    class Child(Base):
        def hello(self):
            return "child+" + super().hello()
        def me(self):
            return __class__
    return Child

C1 = make("a")
C2 = make("b")
print(C1().hello(), C2().hello(), C1 is C2)
print(C1().me() is C1, C2().me() is C2)

class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    class Inner:
        def f(self):
            return ("Inner", __class__.__name__)

class B(A):
    def f(self):
        def helper():
            return __class__.__name__
        return super().f() + "<B " + helper()
    @classmethod
    def make(cls):
        return "B:" + super().make()
    class Inner(A.Inner):
        def f(self):
            return super().f() + (__class__.__qualname__,)

print(B().f(), B.make(), B.Inner().f())

def outer():
    class K(B):
        def f(self):
            return "K/" + super().f()
    return K
print(outer()().f(), outer().make())

class M:
    def g(self):
        class Local(M):
            def g(self):
                return "Local>" + super().g()
        return Local
    def h(self):
        return "M.h " + __class__.__name__
print(M().g()().h(), M().g().__qualname__)

def plain():
    return super()
try:
    plain()
except RuntimeError as e:
    print("RuntimeError:", e)
