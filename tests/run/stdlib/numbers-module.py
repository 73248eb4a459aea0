# numbers: the ABC tower with the built-in types registered (bool via int),
# Fraction not registered here, a user class registered or subclassing an
# ABC (abstract methods enforced), and the mixin methods the ABCs provide.
import numbers

values = [1, True, 2.5, 3j, "x", None, [1]]
for cls in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(cls.__name__, [isinstance(v, cls) for v in values], issubclass(bool, cls), issubclass(float, cls))
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Real, numbers.Rational))
print(numbers.__all__)


class Meters:
    def __init__(self, v):
        self.v = v


numbers.Real.register(Meters)
print(isinstance(Meters(1), numbers.Real), isinstance(Meters(1), numbers.Number), isinstance(Meters(1), numbers.Integral))

try:
    numbers.Integral()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])


class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return int(o) << self.v
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return int(o) >> self.v
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return int(o) & self.v
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return int(o) ^ self.v
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return int(o) | self.v
    def __invert__(self): return MyInt(~self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return int(o) // self.v
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return int(o) % self.v
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return int(b) ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __repr__(self): return "MyInt(%d)" % self.v


m = MyInt(7)
print(float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate(), m.__complex__())
print([10, 20, 30][MyInt(1)], divmod(m, 2), m - 2, 10 - m, bool(m), bool(MyInt(0)), m.__index__())
print(isinstance(m, numbers.Rational), numbers.Number.__hash__)
