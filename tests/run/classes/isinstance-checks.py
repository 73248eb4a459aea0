# isinstance/issubclass with user classes, tuples and nested tuples; type() comparisons; __class__ and __name__ of instances.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass


objs = [A(), B(), C(), D(), 1, "s", None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (C, int)), isinstance(o, ((B,), str)), type(o) is A, type(o) == B)
print(issubclass(D, A), issubclass(D, C), issubclass(C, A), issubclass(D, (C,)), issubclass(A, object), issubclass(D, D))
print(D.__mro__ == (D, B, A, C, object), D().__class__ is D, D().__class__.__name__)
print(isinstance(A, type), isinstance(D, object), type(A) is type, issubclass(type(D()), B))


class E(KeyError):
    pass


print(issubclass(E, LookupError), isinstance(E(), Exception), isinstance(E("k"), (ValueError, KeyError)))
try:
    raise E("missing")
except LookupError as e:
    print("caught", type(e).__name__, e)
try:
    raise D
except TypeError as e:
    print(e)
try:
    raise E
except (ValueError, E) as e:
    print("tuple caught", repr(e))
