# Checks `!=` on a class that defines `__eq__` but not `__ne__`: a subclass
# of a built-in type with comparisons (str, int, list, tuple, dict...) gets
# that type's own `__ne__` (the values compared, the override not called),
# a plain class or an exception gets `object.__ne__` (the inverted
# `__eq__`), and a `__ne__` anywhere in the MRO wins.
calls = []


class S(str):
    def __eq__(self, other):
        calls.append("S.__eq__")
        return True

    __hash__ = str.__hash__


class I(int):
    def __eq__(self, other):
        calls.append("I.__eq__")
        return True

    __hash__ = int.__hash__


class L(list):
    def __eq__(self, other):
        return True


class T(tuple):
    def __eq__(self, other):
        return True


class D(dict):
    def __eq__(self, other):
        return True


class F(float):
    def __eq__(self, other):
        return True


class B(bytes):
    def __eq__(self, other):
        return True


class Plain:
    def __eq__(self, other):
        calls.append("Plain.__eq__")
        return True


class Err(Exception):
    def __eq__(self, other):
        return True


class Mixin:
    def __eq__(self, other):
        return True


class MS(Mixin, str):
    pass


class WithNe(str):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "custom"


class Sub(WithNe):
    def __eq__(self, other):
        return False


print(S("a") != "b", S("a") != "a", S("a") == "b", calls)
calls.clear()
print("b" != S("a"), "a" != S("a"), calls)
calls.clear()
print(I(1) != 2, I(1) != 1, 2 != I(1), calls)
calls.clear()
print(L() != [1], L([1]) != [1], T() != (1,), T((1,)) != (1,))
print(D() != {1: 2}, D({1: 2}) != {1: 2}, F(1.5) != 2.5, F(1.5) != 1.5)
print(B(b"x") != b"y", B(b"x") != b"x")
print(Plain() != 1, calls)
print(Err() != 1, Err() == 1)
print(MS("a") != "b", MS("a") != "a")
print(WithNe("a") != "a", Sub("a") != "b", Sub("a") == "a")
values = [S("a"), I(3), L([1]), Plain()]
print([v != v for v in values])
