# Binding by hand: types.MethodType(func, obj) and a function's __get__,
# with CPython's argument checks; a bound method's own __eq__ / __hash__ /
# __class__ read as attributes (not the function's).
import types


class C:
    x = 5

    def m(self, y=0):
        return self.x + y


def f(self, y):
    return self.x * 10 + y


c = C()
bound = types.MethodType(f, c)
print(bound(1), bound.__self__ is c, bound.__func__ is f, type(bound).__name__)
print(isinstance(bound, types.MethodType), isinstance(c.m, types.MethodType))
got = f.__get__(c, C)
print(got(2), got.__self__ is c, got == bound, hash(got) == hash(bound))
print(f.__get__(None, C) is f, f.__get__(c)(3))
c.extra = types.MethodType(lambda self: self.x + 100, c)
print(c.extra())
print(types.MethodType(len, [1, 2, 3])())
for args in [(f,), (f, c, 3), (1, c), (f, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(), (c, C, 3), (None,), (None, None)]:
    try:
        f.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    f.__get__(c, type=C)
except TypeError as e:
    print("TypeError:", e)

a = c.m
print(a.__eq__(c.m), a.__ne__(c.m), a.__eq__(C().m), a.__hash__() == hash(c.m))
print(a.__class__ is types.MethodType, a.__name__, a.__qualname__, a.__doc__)
print(bound.__eq__(types.MethodType(f, c)), bound.__eq__(f))
print(C.m.__get__(c)(4), C.__dict__["m"].__get__(c, C)(5))
print(sorted({c.m, c.m, types.MethodType(C.m, c)}, key=id) == [c.m])
