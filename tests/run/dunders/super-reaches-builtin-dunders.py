# super() and explicit base calls reaching the built-in implementations of
# special methods past a subclass's override.
class A:
    def __init__(self, x):
        super().__init__()
        self.x = x
    def __eq__(self, other):
        if isinstance(other, A):
            return self.x == other.x
        return super().__eq__(other)
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, other):
        return super().__lt__(other)
a = A(1)
print(a == A(1), a == 3, a != A(2), a.__eq__(3), a.__ne__(A(1)), a.__lt__(a))
print(a.__class__.__name__, A.__eq__(a, A(1)), object.__eq__(a, a))
class Doubling(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __len__(self):
        return super().__len__() + 100
d = Doubling(x=3)
print(d['x'], len(d), d.__len__(), dict.__len__(d), dict.__getitem__(d, 'x'))
class C(list):
    def __init__(self, *a):
        super().__init__(*a)
    def __add__(self, other):
        return C(super().__add__(other))
    def __contains__(self, x):
        return super().__contains__(x) or x == 'any'
c = C([1, 2]) + [3]
print(c, type(c).__name__, 'any' in c, 2 in c, 9 in c)
class D(int):
    def __add__(self, o):
        return super().__add__(o) + 100
    def __neg__(self):
        return super().__neg__() * 10
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = int.__hash__
print(D(1) + 2, -D(3), D(4) == 4, D(4) == 5, int.__add__(D(1), 2), D(5).__sub__(1))
class E(str):
    def upper(self):
        return super().upper() + '!'
    def __len__(self):
        return super().__len__() * 2
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
e = E('hi')
print(e.upper(), len(e), e[0], e.__add__('x'), str.__len__(e))
class F(float):
    def __mul__(self, o):
        return super().__mul__(o) + 0.5
    def __repr__(self):
        return 'F(' + super().__repr__() + ')'
print(F(2.0) * 3, repr(F(1.5)), F(1.5).__truediv__(2))
class S(set):
    def __or__(self, o):
        return S(super().__or__(o))
print(sorted(S({1}) | {2}), type(S({1}) | {2}).__name__)
