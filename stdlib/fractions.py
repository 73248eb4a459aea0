"""Rational numbers (`Fraction`), with the behaviour of CPython's
`fractions` for ints, floats, strings, `decimal.Decimal`s and other
fractions."""

import math
import sys

__all__ = ['Fraction']

# sys.hash_info.modulus and .inf of CPython on 64-bit platforms.
_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a fraction string, else None.

    The grammar is CPython's: optional sign, then `n/d`, or a decimal
    with optional fraction and exponent; underscores between digits."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not _is_digits(num) or not _is_digits(den):
            return None
        return sign * int(num), int(den)
    exp = 0
    lower = s.lower()
    if 'e' in lower:
        at = lower.index('e')
        mantissa, exponent = s[:at], s[at + 1:]
        body = exponent[1:] if exponent[:1] in ('+', '-') else exponent
        if not _is_digits(body):
            return None
        exp = int(exponent)
    else:
        mantissa = s
    whole, dot, decimals = mantissa.partition('.')
    if not whole and not decimals:
        return None
    if (whole and not _is_digits(whole)) or (decimals and not _is_digits(decimals)):
        return None
    if dot and not whole and not decimals:
        return None
    numerator = int(whole or '0')
    denominator = 1
    if decimals:
        scale = 10 ** len(decimals.replace('_', ''))
        numerator = numerator * scale + int(decimals)
        denominator = scale
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _is_decimal(x):
    """Whether x is a decimal.Decimal (without importing `decimal`: a
    Decimal exists only once the program imported it)."""
    module = sys.modules.get('decimal')
    return module is not None and isinstance(x, module.Decimal)


def _is_digits(s):
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    return s.replace('_', '').isdigit() and s.isascii()


class Fraction:
    """This class implements rational numbers: Fraction(3, 4), Fraction('3/4'),
    Fraction(0.75), Fraction(other_fraction)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int) and not isinstance(numerator, bool):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, bool):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                numerator, denominator = numerator.as_integer_ratio()
                self._numerator = numerator
                self._denominator = denominator
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = _pair(numerator)
                n2, d2 = _pair(denominator)
                numerator, denominator = n1 * d2, d1 * n2
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal (or an int) to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operate(self, other, op, fallback):
        if isinstance(other, (int, Fraction)):
            return op(self, Fraction(other))
        if isinstance(other, float):
            return fallback(float(self), other)
        if isinstance(other, complex):
            return fallback(complex(float(self)), other)
        return NotImplemented

    def _roperate(self, other, op, fallback):
        if isinstance(other, int):
            return op(Fraction(other), self)
        if isinstance(other, float):
            return fallback(other, float(self))
        if isinstance(other, complex):
            return fallback(other, complex(float(self)))
        return NotImplemented

    def __add__(a, b):
        return a._operate(b, _add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._roperate(a, _add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._operate(b, _sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._roperate(a, _sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._operate(b, _mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._roperate(a, _mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._operate(b, _div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._roperate(a, _div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._operate(b, _floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._roperate(a, _floordiv, lambda x, y: x // y)

    def __mod__(a, b):
        return a._operate(b, _mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._roperate(a, _mod, lambda x, y: x % y)

    def __divmod__(a, b):
        return a._operate(b, _divmod, divmod)

    def __rdivmod__(b, a):
        return b._roperate(a, _divmod, divmod)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if isinstance(b, int) or b.denominator == 1:
                power = int(b) if isinstance(b, int) else b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _pair(x):
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    return int(x), 1


def _add(a, b):
    da, db = a.denominator, b.denominator
    return Fraction(a.numerator * db + b.numerator * da, da * db)


def _sub(a, b):
    da, db = a.denominator, b.denominator
    return Fraction(a.numerator * db - b.numerator * da, da * db)


def _mul(a, b):
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _div(a, b):
    if b.numerator == 0:
        # CPython divides out gcd(a.numerator, 0) first: the sign is left.
        n = a.numerator
        raise ZeroDivisionError('Fraction(%s, 0)' % ((n > 0) - (n < 0)))
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)


def _floordiv(a, b):
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _divmod(a, b):
    da, db = a.denominator, b.denominator
    div, n_mod = divmod(a.numerator * db, da * b.numerator)
    return div, Fraction(n_mod, da * db)


def _mod(a, b):
    da, db = a.denominator, b.denominator
    return Fraction((a.numerator * db) % (b.numerator * da), da * db)


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y
