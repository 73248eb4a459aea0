"""Mathematical functions for complex numbers, with CPython's algorithms for
finite arguments (so results print with the same digits) and its errors."""

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)

_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.0
# Past this, exp(x) overflows where exp(x - 1) * e may not.
_LOG_LARGE = 708.3964185322641


def _complex(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z, 0.0)
    if hasattr(z, "__complex__") or hasattr(z, "__float__") or hasattr(z, "__index__"):
        return complex(z)
    raise TypeError("must be real number, not " + type(z).__name__)


def _checked(real, imag, finite):
    # An infinite part from finite input is an overflow, as in CPython.
    if finite and (math.isinf(real) or math.isinf(imag)):
        raise OverflowError("math range error")
    return complex(real, imag)


def _hypot(a, b):
    # C's hypot, as CPython's cmath uses (math.hypot rounds differently).
    return abs(complex(a, b))


def _is_finite(z):
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isfinite(z):
    z = _complex(z)
    return _is_finite(z)


def isinf(z):
    z = _complex(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _complex(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def phase(z):
    z = _complex(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    r = _hypot(z.real, z.imag)
    if math.isinf(r) and _is_finite(z):
        raise OverflowError("math range error")
    return (r, math.atan2(z.imag, z.real))


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if math.isfinite(r) and math.isfinite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * math.cos(phi), r * math.sin(phi))
    if math.isinf(r) and math.isfinite(phi) and phi != 0.0:
        return complex(r * math.cos(phi), r * math.sin(phi))
    if math.isinf(r) and math.isinf(phi):
        raise ValueError("math domain error")
    if math.isfinite(r) and math.isinf(phi) and r != 0.0:
        raise ValueError("math domain error")
    if r == 0.0:
        return complex(0.0, 0.0)
    return complex(r * math.cos(phi), r * math.sin(phi))


def sqrt(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        if math.isinf(y):
            return complex(math.inf, y)
        if math.isnan(x) or math.isnan(y):
            if x == -math.inf:
                return complex(math.nan, math.inf)
            if x == math.inf:
                return complex(math.inf, math.nan)
            return complex(math.nan, math.nan)
        if x > 0:
            return complex(x, math.copysign(0.0, y))
        return complex(0.0, math.copysign(math.inf, y))
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Scale subnormal parts up so hypot keeps their digits.
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + _hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def exp(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            scale = math.inf if x > 0 else 0.0
            return complex(scale * math.cos(y), scale * math.sin(y))
        if math.isinf(x) and y == 0.0:
            return complex(math.exp(x), y)
        if x == -math.inf:
            return complex(0.0, 0.0)
        if x == math.inf and math.isinf(y):
            raise ValueError("math domain error")
        if math.isnan(x) and y == 0.0:
            return complex(math.nan, y)
        if math.isinf(y) and math.isfinite(x):
            raise ValueError("math domain error")
        return complex(math.nan, math.nan)
    if x > _LOG_LARGE:
        scale = math.exp(x - 1.0)
        return _checked(scale * math.cos(y) * math.e, scale * math.sin(y) * math.e, True)
    scale = math.exp(x)
    return _checked(scale * math.cos(y), scale * math.sin(y), True)


def _log(z):
    x = z.real
    y = z.imag
    if not _is_finite(z):
        if math.isnan(x) or math.isnan(y):
            if math.isinf(x) or math.isinf(y):
                return complex(math.inf, math.nan)
            return complex(math.nan, math.nan)
        return complex(math.inf, math.atan2(y, x))
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = math.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax == 0.0 and ay == 0.0:
            raise ValueError("math domain error")
        real = math.log(_hypot(math.ldexp(ax, 53), math.ldexp(ay, 53))) - 53 * _LN2
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            # Near the unit circle log(h) loses digits; log1p keeps them.
            big = max(ax, ay)
            small = min(ax, ay)
            real = math.log1p((big - 1) * (big + 1) + small * small) / 2
        else:
            real = math.log(h)
    return complex(real, math.atan2(y, x))


def log(x, base=None):
    z = _log(_complex(x))
    if base is None:
        return z
    denominator = _log(_complex(base))
    if denominator == 0:
        raise ValueError("math domain error")
    return z / denominator


def log10(z):
    r = _log(_complex(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def cosh(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            return complex(
                math.copysign(math.inf, math.cos(y)),
                math.copysign(math.inf, math.sin(y)) * math.copysign(1.0, x),
            )
        if math.isinf(x) and y == 0.0:
            return complex(math.inf, math.copysign(0.0, math.copysign(1.0, x) * math.copysign(1.0, y)))
        if math.isinf(y) and math.isfinite(x):
            raise ValueError("math domain error")
        return complex(math.nan, math.nan)
    if abs(x) > _LOG_LARGE:
        x_minus_one = x - math.copysign(1.0, x)
        real = math.cos(y) * math.cosh(x_minus_one) * math.e
        imag = math.sin(y) * math.sinh(x_minus_one) * math.e
    else:
        real = math.cos(y) * math.cosh(x)
        imag = math.sin(y) * math.sinh(x)
    return _checked(real, imag, True)


def sinh(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            return complex(
                math.copysign(math.inf, math.cos(y)) * math.copysign(1.0, x),
                math.copysign(math.inf, math.sin(y)),
            )
        if math.isinf(x) and y == 0.0:
            return complex(x, y)
        if math.isinf(y) and math.isfinite(x):
            raise ValueError("math domain error")
        return complex(math.nan, math.nan)
    if abs(x) > _LOG_LARGE:
        x_minus_one = x - math.copysign(1.0, x)
        real = math.cos(y) * math.sinh(x_minus_one) * math.e
        imag = math.sin(y) * math.cosh(x_minus_one) * math.e
    else:
        real = math.cos(y) * math.sinh(x)
        imag = math.sin(y) * math.cosh(x)
    return _checked(real, imag, True)


def tanh(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        if math.isinf(x) and math.isfinite(y):
            return complex(math.copysign(1.0, x), math.copysign(0.0, 2.0 * math.sin(y) * math.cos(y)))
        if math.isinf(y) and math.isfinite(x):
            raise ValueError("math domain error")
        return complex(math.nan, math.nan)
    if abs(x) > _LOG_LARGE:
        real = math.copysign(1.0, x)
        imag = 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x))
        return complex(real, imag)
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _times_i(z):
    return complex(-z.imag, z.real)


def sin(z):
    # sin(z) = -i sinh(iz)
    r = sinh(_times_i(_complex(z)))
    return complex(r.imag, -r.real)


def cos(z):
    # cos(z) = cosh(iz)
    return cosh(_times_i(_complex(z)))


def tan(z):
    # tan(z) = -i tanh(iz)
    r = tanh(_times_i(_complex(z)))
    return complex(r.imag, -r.real)



# The inverse functions follow Kahan's formulas through the complex square
# root (as CPython does), so finite results carry CPython's digits; infinite
# and NaN parts follow C99 Annex G, which CPython's special-value tables hold.

_SQRT_LARGE = math.sqrt(_LARGE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)


def _asinh_nonfinite(x, y):
    if math.isnan(x):
        if math.isinf(y):
            return complex(math.inf, math.nan)
        if y == 0.0:
            return complex(math.nan, y)
        return complex(math.nan, math.nan)
    if math.isnan(y):
        if math.isinf(x):
            return complex(x, math.nan)
        return complex(math.nan, math.nan)
    return complex(math.copysign(math.inf, x), math.atan2(y, abs(x)))


def _acosh_nonfinite(x, y):
    if math.isnan(x) or math.isnan(y):
        if math.isinf(x) or math.isinf(y):
            return complex(math.inf, math.nan)
        return complex(math.nan, math.nan)
    return complex(math.inf, math.atan2(y, x))


def _atanh_nonfinite(x, y):
    if math.isnan(x):
        if math.isinf(y):
            return complex(0.0, math.copysign(math.pi / 2.0, y))
        return complex(math.nan, math.nan)
    if math.isnan(y):
        if math.isinf(x) or x == 0.0:
            return complex(math.copysign(0.0, x), math.nan)
        return complex(math.nan, math.nan)
    return complex(math.copysign(0.0, x), math.copysign(math.pi / 2.0, y))


def asinh(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        return _asinh_nonfinite(x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        # asinh(z) ~ log(2z) out here; halving first keeps hypot finite.
        real = math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return complex(math.copysign(real, x), math.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(
        math.asinh(s1.real * s2.imag - s2.real * s1.imag),
        math.atan2(y, s1.real * s2.real - s1.imag * s2.imag),
    )


def asin(z):
    # asin(z) = -i asinh(iz)
    z = _complex(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acosh(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        return _acosh_nonfinite(x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return complex(real, math.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(
        math.asinh(s1.real * s2.real + s1.imag * s2.imag),
        2.0 * math.atan2(s1.imag, s2.real),
    )


def acos(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        if math.isnan(y):
            if math.isinf(x):
                return complex(math.nan, math.inf)
            if x == 0.0:
                return complex(math.pi / 2.0, math.nan)
            return complex(math.nan, math.nan)
        if math.isnan(x):
            if math.isinf(y):
                return complex(math.nan, -y)
            return complex(math.nan, math.nan)
        # acos(z) = -i acosh(z) above the cut, and acos(conj z) = conj acos(z).
        r = _acosh_nonfinite(x, y)
        return complex(abs(r.imag), -math.copysign(r.real, y))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if x < 0.0:
            imag = -math.copysign(big, y)
        else:
            imag = math.copysign(big, -y)
        return complex(math.atan2(abs(y), x), imag)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(
        2.0 * math.atan2(s1.real, s2.real),
        math.asinh(s2.real * s1.imag - s2.imag * s1.real),
    )


def atanh(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _is_finite(z):
        return _atanh_nonfinite(x, y)
    if x < 0.0:
        # atanh is odd: computing in the right half plane keeps the cut's signs.
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -math.copysign(math.pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        real = -math.log(math.sqrt(ay) / math.sqrt(_hypot(ay, 2.0)))
        return complex(real, math.copysign(math.atan2(2.0, -ay) / 2.0, y))
    one_minus = 1.0 - x
    real = math.log1p(4.0 * x / (one_minus * one_minus + ay * ay)) / 4.0
    return complex(real, -math.atan2(-2.0 * y, one_minus * (1.0 + x) - ay * ay) / 2.0)


def atan(z):
    # atan(z) = -i atanh(iz)
    z = _complex(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)

def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _complex(a)
    b = _complex(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
