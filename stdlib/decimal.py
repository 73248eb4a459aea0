"""Decimal fixed and floating point arithmetic (`decimal`), with the
results, string forms and signals of CPython 3.11's C implementation
(libmpdec) for the common API: construction, str/repr, arithmetic with
context precision and rounding, comparisons, hashing, `quantize`,
`sqrt`, `format()`, contexts and the signal exceptions.

A finite value is a sign (0 or 1), an integer coefficient and an int
exponent; `_kind` tells finite (0), infinity (1), quiet NaN (2) and
signalling NaN (3), a NaN keeping its payload in the coefficient.
Every operation computes its exact (or sticky-digit) result and rounds
it once with `_fix`, collecting the conditions it met as bits; the
context then records them as flags and raises the trapped ones, as
CPython's `PyDec_AddStatus` does."""

import collections

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

_ROUNDING_MESSAGE = ('valid values for rounding are:\n'
                     '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                     '   ROUND_05UP]')

DecimalTuple = collections.namedtuple('DecimalTuple', 'sign digits exponent')


# The signals (and the conditions that are kinds of InvalidOperation).
class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Condition bits, libmpdec's numbering (its flag strings are in this order).
_S_CLAMPED = 1
_S_SYNTAX = 2
_S_DIVZERO = 4
_S_DIVIMPOSSIBLE = 8
_S_DIVUNDEFINED = 16
_S_INEXACT = 64
_S_INVCONTEXT = 128
_S_INVALID = 256
_S_FLOAT = 1024
_S_OVERFLOW = 2048
_S_ROUNDED = 4096
_S_SUBNORMAL = 8192
_S_UNDERFLOW = 16384
_S_ANY_INVALID = _S_SYNTAX | _S_DIVIMPOSSIBLE | _S_DIVUNDEFINED | _S_INVCONTEXT | _S_INVALID

# Signals in the order of a trap's exception list (after the conditions).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BITS = (_S_ANY_INVALID, _S_FLOAT, _S_DIVZERO, _S_OVERFLOW,
                _S_UNDERFLOW, _S_SUBNORMAL, _S_INEXACT, _S_ROUNDED, _S_CLAMPED)
_CONDITIONS = ((_S_INVALID, InvalidOperation), (_S_SYNTAX, ConversionSyntax),
               (_S_DIVIMPOSSIBLE, DivisionImpossible),
               (_S_DIVUNDEFINED, DivisionUndefined),
               (_S_INVCONTEXT, InvalidContext))
# Signals in the order a Context's repr lists them.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)


def _signal_bits(sig):
    for i in range(len(_SIGNALS)):
        if _SIGNALS[i] is sig:
            return _SIGNAL_BITS[i]
    raise KeyError(sig)


class _SignalDict(dict):
    """A context's flags or traps: signal class -> bool, printed as
    CPython's SignalDict prints."""

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self.items()) + '}'

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))


def _signal_dict(given):
    d = _SignalDict()
    for sig in _SIGNALS:
        dict.__setitem__(d, sig, False)
    if given is None:
        return d
    if isinstance(given, dict):
        for k, v in given.items():
            d[k] = v
    else:
        for k in given:
            d[k] = True
    return d


class Context(object):
    """Precision, rounding, exponent limits and the signal flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if _default_ready else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (
            base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = _signal_dict(flags)
        if traps is None and base is not None:
            traps = dict(base.traps)
        self.traps = _signal_dict(traps)

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MESSAGE)
        elif name == 'Emin':
            _check_int(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            _check_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            _check_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name in ('flags', 'traps'):
            if not isinstance(value, _SignalDict):
                value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                   self.clamp, ', '.join(flags), ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for sig in _SIGNALS:
            dict.__setitem__(self.flags, sig, False)

    def clear_traps(self):
        for sig in _SIGNALS:
            dict.__setitem__(self.traps, sig, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _add_status(self, status):
        """Record the conditions `status` holds; raise the trapped ones."""
        if not status:
            return
        trapped = 0
        for i in range(len(_SIGNALS)):
            bits = _SIGNAL_BITS[i]
            if status & bits:
                dict.__setitem__(self.flags, _SIGNALS[i], True)
                if self.traps[_SIGNALS[i]]:
                    trapped |= status & bits
        if not trapped:
            return
        found = []
        if trapped & _S_ANY_INVALID:
            for bit, cond in _CONDITIONS:
                if trapped & bit:
                    found.append(cond)
        for i in range(1, len(_SIGNALS)):
            if trapped & _SIGNAL_BITS[i]:
                found.append(_SIGNALS[i])
        for i in range(len(_SIGNALS)):
            if trapped & _SIGNAL_BITS[i]:
                raise _SIGNALS[i](found)

    def create_decimal(self, num='0'):
        d = Decimal(num, self)
        if d._kind >= 2 and len(str(d._coef)) > self.prec - self.clamp:
            st = [_S_SYNTAX]
            self._add_status(st[0])
            return _nan()
        st = [0]
        r = _fix(d, self, st)
        self._add_status(st[0])
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    # Arithmetic in this context, as methods (the common ones).
    def add(self, a, b):
        return _convert(a, True).__add__(b, self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(b, self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a, True).to_integral_exact(context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(self)

    def to_sci_string(self, a):
        return _convert(a, True).__str__(False, self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(self)

    def max(self, a, b):
        return _convert(a, True).max(b, self)

    def min(self, a, b):
        return _convert(a, True).min(b, self)


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')


_default_ready = False
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[InvalidOperation, DivisionByZero, Overflow])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[InvalidOperation, DivisionByZero, Overflow,
                              Underflow, Clamped])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

# The current context (one for the program: typhon's is not per thread).
_current = [None]


def getcontext():
    """The current context (made from DefaultContext on first use)."""
    ctx = _current[0]
    if ctx is None:
        ctx = DefaultContext.copy()
        _current[0] = ctx
    return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of `ctx` (the current context by
    default), with the attributes `kwargs` sets, current in its block."""
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                        'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function"
                            % name)
        setattr(ctx, name, value)
    return _ContextManager(ctx)



# ---------------------------------------------------------------- numbers

_HASH_MODULUS = (1 << 61) - 1        # sys.hash_info.modulus on 64-bit CPython
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
_DIGITS = '0123456789'


def _new(sign, coef, exp, kind=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _nan(sign=0, payload=0):
    return _new(sign, payload, 0, 2)


def _inf(sign):
    return _new(sign, 0, 0, 1)


def _ndigits(c):
    return len(str(c))


def _adjusted(d):
    return d._exp + _ndigits(d._coef) - 1


def _round_drop(coef, drop, rounding, sign):
    """`coef` without its last `drop` digits, rounded by `rounding` (for
    a number of sign `sign`), and whether digits that were not zero went."""
    if drop > _ndigits(coef) + 1:
        # Below a hundredth of a unit: only "not zero" matters.
        coef = 1 if coef else 0
        drop = 2
    q, r = divmod(coef, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q & 1 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    if up:
        q += 1
    return q, True


def _overflow_result(sign, ctx, rounding):
    if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and sign == 0)
            or (rounding == ROUND_FLOOR and sign == 1)):
        return _inf(sign)
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fix(d, ctx, st, rounding=None):
    """`d` rounded to the context's precision and exponent range, the
    conditions met added to st[0]."""
    if d._kind:
        return d
    if rounding is None:
        rounding = ctx.rounding
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    sign = d._sign
    c = d._coef
    e = d._exp
    if c == 0:
        top = ctx.Emax if ctx.clamp == 0 else etop
        ne = min(max(e, etiny), top)
        if ne != e:
            st[0] |= _S_CLAMPED
            return _new(sign, 0, ne)
        return d
    n = _ndigits(c)
    needed = n + e - prec        # the exponent keeping at most prec digits
    if needed > etop:
        st[0] |= _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
        return _overflow_result(sign, ctx, rounding)
    subnormal = needed < etiny
    target = etiny if subnormal else needed
    if e < target:
        q, inexact = _round_drop(c, target - e, rounding, sign)
        ne = target
        if _ndigits(q) > prec:
            q //= 10
            ne += 1
            if ne > etop:
                st[0] |= _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
                return _overflow_result(sign, ctx, rounding)
        st[0] |= _S_ROUNDED
        if inexact:
            st[0] |= _S_INEXACT
        if subnormal:
            st[0] |= _S_SUBNORMAL
            if inexact:
                st[0] |= _S_UNDERFLOW
                if q == 0:
                    st[0] |= _S_CLAMPED
        return _new(sign, q, ne)
    if subnormal:
        st[0] |= _S_SUBNORMAL
    if ctx.clamp == 1 and e > etop:
        st[0] |= _S_CLAMPED
        return _new(sign, c * 10 ** (e - etop), etop)
    return d


def _nan_result(a, b, st):
    """The NaN an operation on `a` (and `b`) gives, else None."""
    if a._kind < 2 and (b is None or b._kind < 2):
        return None
    if a._kind == 3:
        st[0] |= _S_INVALID
        return _nan(a._sign, a._coef)
    if b is not None and b._kind == 3:
        st[0] |= _S_INVALID
        return _nan(b._sign, b._coef)
    if a._kind == 2:
        return a
    return b


def _from_int(i):
    if i < 0:
        return _new(1, -i, 0)
    return _new(0, int(i), 0)


def _from_float(f):
    if f != f:
        return _nan(1 if str(f)[0] == '-' else 0)
    if f in (float('inf'), float('-inf')):
        return _inf(1 if f < 0 else 0)
    sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1       # d is 2**k: n / 2**k == n * 5**k / 10**k
    return _new(sign, n * 5 ** k, -k)


def _is_digits(s):
    if not s:
        return False
    for ch in s:
        if ch not in _DIGITS:
            return False
    return True


def _parse(text, ctx):
    """The Decimal a numeric string spells, else None."""
    s = text.strip()
    # CPython drops every underscore, and reads any Unicode decimal digit.
    s = s.replace('_', '')
    if not s.isascii():
        s = ''.join(str(int(ch)) if ch.isdecimal() else ch for ch in s)
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _inf(sign)
    for word, kind in (('snan', 3), ('nan', 2)):
        if low.startswith(word):
            rest = low[len(word):]
            if rest and not _is_digits(rest):
                return None
            payload = int(rest) if rest else 0
            if payload and _ndigits(payload) > ctx.prec - ctx.clamp:
                return None
            return _new(sign, payload, 0, kind)
    exp = 0
    at = low.find('e')
    if at >= 0:
        es = low[at + 1:]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not _is_digits(body):
            return None
        exp = int(es)
        low = low[:at]
    whole, dot, frac = low.partition('.')
    if '.' in frac:
        return None
    if not whole and not frac:
        return None
    if (whole and not _is_digits(whole)) or (frac and not _is_digits(frac)):
        return None
    return _new(sign, int(whole + frac), exp - len(frac))


def _convert(other, strict=False):
    """`other` as a Decimal when it is a Decimal or an int, else None
    (or TypeError when `strict`)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return None


def _operand(other, sym, reflected):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if isinstance(other, (float, complex)) or other is None:
        names = (type(other).__name__, 'decimal.Decimal') if reflected else (
            'decimal.Decimal', type(other).__name__)
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (sym, names[0], names[1]))
    return NotImplemented


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# ------------------------------------------------------------- arithmetic
# Each takes finite-or-special Decimals, the context and the status cell,
# and returns the rounded result.

def _add(a, b, ctx, st):
    r = _nan_result(a, b, st)
    if r is not None:
        return r
    if a._kind == 1:
        if b._kind == 1 and a._sign != b._sign:
            st[0] |= _S_INVALID
            return _nan()
        return a
    if b._kind == 1:
        return b
    exp = min(a._exp, b._exp)
    floor = ctx.rounding == ROUND_FLOOR
    if a._coef == 0 and b._coef == 0:
        sign = a._sign if a._sign == b._sign else (1 if floor else 0)
        return _fix(_new(sign, 0, exp), ctx, st)
    if a._coef == 0 or b._coef == 0:
        x = b if a._coef == 0 else a
        # The zero's exponent only matters within the precision window.
        exp = max(exp, x._exp - ctx.prec - 1)
        return _fix(_new(x._sign, x._coef * 10 ** (x._exp - exp), exp), ctx, st)
    hi, lo = (a, b) if a._exp >= b._exp else (b, a)
    limit = hi._exp + min(-1, _ndigits(hi._coef) - ctx.prec - 2)
    if _adjusted(lo) < limit:
        # Entirely below the rounding digit of the sum: a sticky unit
        # there rounds the same way.
        lo = _new(lo._sign, 1, limit)
        exp = min(hi._exp, limit)
    vh = hi._coef * 10 ** (hi._exp - exp)
    vl = lo._coef * 10 ** (lo._exp - exp)
    va = -vh if hi._sign else vh
    vb = -vl if lo._sign else vl
    s = va + vb
    if s == 0:
        return _fix(_new(1 if floor else 0, 0, exp), ctx, st)
    if s < 0:
        return _fix(_new(1, -s, exp), ctx, st)
    return _fix(_new(0, s, exp), ctx, st)


def _mul(a, b, ctx, st):
    r = _nan_result(a, b, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == 1 or b._kind == 1:
        if (a._kind == 0 and a._coef == 0) or (b._kind == 0 and b._coef == 0):
            st[0] |= _S_INVALID
            return _nan()
        return _inf(sign)
    return _fix(_new(sign, a._coef * b._coef, a._exp + b._exp), ctx, st)


def _div(a, b, ctx, st):
    r = _nan_result(a, b, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == 1:
        if b._kind == 1:
            st[0] |= _S_INVALID
            return _nan()
        return _inf(sign)
    if b._kind == 1:
        st[0] |= _S_CLAMPED
        return _new(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._coef == 0:
        if a._coef == 0:
            st[0] |= _S_DIVUNDEFINED
            return _nan()
        st[0] |= _S_DIVZERO
        return _inf(sign)
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _fix(_new(sign, 0, ideal), ctx, st)
    # A quotient of at least prec + 1 digits; a remainder makes its last
    # digit sticky (never 0 or 5), so one rounding is exact.
    shift = _ndigits(b._coef) - _ndigits(a._coef) + ctx.prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, rem = divmod(a._coef * 10 ** shift, b._coef)
    else:
        q, rem = divmod(a._coef, b._coef * 10 ** -shift)
    if rem:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(_new(sign, q, exp), ctx, st)


def _divide_int(a, b, ctx, st):
    """(integer quotient, remainder) of finite a and finite nonzero b."""
    sign = a._sign ^ b._sign
    ideal = min(a._exp, b._exp)
    if a._coef == 0 or _adjusted(a) - _adjusted(b) <= -2:
        return _new(sign, 0, 0), _new(a._sign, a._coef * 10 ** (a._exp - ideal), ideal)
    if _adjusted(a) - _adjusted(b) <= ctx.prec:
        q, r = divmod(a._coef * 10 ** (a._exp - ideal), b._coef * 10 ** (b._exp - ideal))
        if q < 10 ** ctx.prec:
            return _new(sign, q, 0), _new(a._sign, r, ideal)
    st[0] |= _S_DIVIMPOSSIBLE
    return _nan(), _nan()


def _floordiv(a, b, ctx, st):
    r = _nan_result(a, b, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == 1:
        if b._kind == 1:
            st[0] |= _S_INVALID
            return _nan()
        return _inf(sign)
    if b._kind == 1:
        return _new(sign, 0, 0)
    if b._coef == 0:
        if a._coef == 0:
            st[0] |= _S_DIVUNDEFINED
            return _nan()
        st[0] |= _S_DIVZERO
        return _inf(sign)
    return _fix(_divide_int(a, b, ctx, st)[0], ctx, st)


def _mod(a, b, ctx, st):
    r = _nan_result(a, b, st)
    if r is not None:
        return r
    if a._kind == 1:
        st[0] |= _S_INVALID
        return _nan()
    if b._kind == 1:
        return _fix(a, ctx, st)
    if b._coef == 0:
        st[0] |= _S_DIVUNDEFINED if a._coef == 0 else _S_INVALID
        return _nan()
    return _fix(_divide_int(a, b, ctx, st)[1], ctx, st)


def _divmod(a, b, ctx, st):
    r = _nan_result(a, b, st)
    if r is not None:
        return r, r
    sign = a._sign ^ b._sign
    if a._kind == 1:
        st[0] |= _S_INVALID
        if b._kind == 1:
            return _nan(), _nan()
        return _inf(sign), _nan()
    if b._kind == 1:
        return _new(sign, 0, 0), _fix(a, ctx, st)
    if b._coef == 0:
        if a._coef == 0:
            st[0] |= _S_DIVUNDEFINED
            return _nan(), _nan()
        st[0] |= _S_DIVZERO | _S_INVALID
        return _inf(sign), _nan()
    q, rem = _divide_int(a, b, ctx, st)
    return _fix(q, ctx, st), _fix(rem, ctx, st)


def _power_approx(c, e, n, wp):
    """(coef, exp) near (c * 10**e) ** n for n >= 1, each product cut to
    `wp` digits with a sticky last digit (for powers too big to compute
    exactly)."""
    rc, re_ = 1, 0
    bc, be = c, e
    while True:
        if n & 1:
            rc, re_ = _cut(rc * bc, re_ + be, wp)
        n >>= 1
        if not n:
            return rc, re_
        bc, be = _cut(bc * bc, be + be, wp)


def _cut(c, e, wp):
    n = _ndigits(c)
    if n <= wp:
        return c, e
    q, r = divmod(c, 10 ** (n - wp))
    if r and q % 10 == 0:
        q += 1
    return q, e + n - wp


def _pow(a, b, ctx, st):
    r = _nan_result(a, b, st)
    if r is not None:
        return r
    if b._kind == 1 or (b._exp < 0 and b._coef % 10 ** -b._exp != 0):
        raise NotImplementedError(
            "typhon's decimal supports only integral exponents in power()")
    n = b._coef * 10 ** b._exp if b._exp >= 0 else b._coef // 10 ** -b._exp
    if b._sign:
        n = -n
    if n == 0:
        if a._kind == 0 and a._coef == 0:
            st[0] |= _S_INVALID
            return _nan()
        return _fix(_new(0, 1, 0), ctx, st)
    sign = a._sign if n & 1 else 0
    if a._kind == 1:
        return _inf(sign) if n > 0 else _new(sign, 0, 0)
    if a._coef == 0:
        return _new(sign, 0, 0) if n > 0 else _inf(sign)
    m = n if n > 0 else -n
    # Exact when the power has a reasonable number of digits.
    if a._coef.bit_length() * m <= 12000 + 16 * ctx.prec:
        p = _new(0, a._coef ** m, a._exp * m)
        if n > 0:
            return _fix(_new(sign, p._coef, p._exp), ctx, st)
        q = _div(_new(0, 1, 0), p, ctx, st)
        return _new(sign, q._coef, q._exp, q._kind)
    wp = ctx.prec + _ndigits(m) + 10
    pc, pe = _power_approx(a._coef, a._exp, m, wp)
    if n > 0:
        return _fix(_new(sign, pc, pe), ctx, st)
    inner = Context(prec=wp, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX)
    q = _div(_new(0, 1, 0), _new(0, pc, pe), inner, [0])
    return _fix(_new(sign, q._coef, q._exp), ctx, st)


def _compare(a, b):
    """-1, 0 or 1 for two Decimals that are not NaNs."""
    if a._kind == 1 or b._kind == 1:
        x = 0 if a._kind != 1 else (-1 if a._sign else 1)
        y = 0 if b._kind != 1 else (-1 if b._sign else 1)
        if x == y:
            return 0
        if x != 0 and y != 0:
            return -1 if x < y else 1
        if x != 0:
            return x
        return -y
    if a._coef == 0:
        if b._coef == 0:
            return 0
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa = _adjusted(a)
    ab = _adjusted(b)
    if aa != ab:
        r = 1 if aa > ab else -1
    else:
        exp = min(a._exp, b._exp)
        va = a._coef * 10 ** (a._exp - exp)
        vb = b._coef * 10 ** (b._exp - exp)
        r = 0 if va == vb else (1 if va > vb else -1)
    return -r if a._sign else r


def _compare_ratio(a, num, den):
    """-1, 0 or 1 comparing a non-NaN Decimal with the fraction num/den."""
    if a._kind == 1:
        return -1 if a._sign else 1
    v = -a._coef if a._sign else a._coef
    if a._exp >= 0:
        left = v * 10 ** a._exp * den
        right = num
    else:
        left = v * den
        right = num * 10 ** -a._exp
    return 0 if left == right else (1 if left > right else -1)


def _rescale(d, exp, rounding):
    """(finite d at exponent `exp`, whether rounding lost digits)."""
    if d._exp >= exp:
        return _new(d._sign, d._coef * 10 ** (d._exp - exp), exp), False
    q, inexact = _round_drop(d._coef, exp - d._exp, rounding, d._sign)
    return _new(d._sign, q, exp), inexact


def _round_sig(c, e, digits, rounding, sign):
    """(coef, exp) of c * 10**e rounded to `digits` significant digits."""
    n = _ndigits(c)
    if n <= digits:
        return c, e
    q, _ = _round_drop(c, n - digits, rounding, sign)
    e += n - digits
    if _ndigits(q) > digits:
        q //= 10
        e += 1
    return q, e


def _group(digits, minwidth, sep):
    """`digits` in groups of three joined by `sep`, padded with zeros to
    at least `minwidth` characters (a group never starts with `sep`)."""
    k = len(digits)
    while k + (k - 1) // 3 < minwidth:
        k += 1
    digits = digits.zfill(k)
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    groups.reverse()
    return sep.join(groups)


def _parse_spec(spec):
    """(fill, align, sign, z, zero, width, sep, prec, type) of a format
    spec, or ValueError as CPython's decimal module raises it."""
    fill = None
    align = None
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align = spec[0]
        i = 1
    sign = '-'
    if spec[i:i + 1] in ('+', '-', ' '):
        sign = spec[i]
        i += 1
    z = False
    if spec[i:i + 1] == 'z':
        z = True
        i += 1
    zero = False
    if spec[i:i + 1] == '0':
        zero = True
        i += 1
    start = i
    while spec[i:i + 1] and spec[i] in _DIGITS:
        i += 1
    width = int(spec[start:i]) if i > start else 0
    sep = ''
    if spec[i:i + 1] == ',':
        sep = ','
        i += 1
    prec = None
    if spec[i:i + 1] == '.':
        i += 1
        start = i
        while spec[i:i + 1] and spec[i] in _DIGITS:
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        prec = int(spec[start:i])
    t = None
    if i < len(spec):
        t = spec[i]
        i += 1
        if t not in 'eEfFgGn%' or i != len(spec):
            raise ValueError('invalid format string')
    if t == 'n' and sep:
        raise ValueError('invalid format string')
    return fill, align, sign, z, zero, width, sep, prec, t


def _binary(fn, a, other, sym, reflected, context):
    b = _operand(other, sym, reflected)
    if b is NotImplemented:
        return b
    ctx = _ctx(context)
    st = [0]
    r = fn(b, a, ctx, st) if reflected else fn(a, b, ctx, st)
    ctx._add_status(st[0])
    return r


class Decimal(object):
    """Floating point decimal number with a context's precision."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            ctx = _ctx(context)
            d = _parse(value, ctx)
            if d is None:
                ctx._add_status(_S_SYNTAX)
                d = _nan()
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, float):
            ctx = _ctx(context)
            ctx._add_status(_S_FLOAT)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal and d is not value:
            return d
        self = object.__new__(cls)
        self._sign = d._sign
        self._coef = d._coef
        self._exp = d._exp
        self._kind = d._kind
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # ------------------------------------------------------------ strings

    def __str__(self, eng=False, context=None):
        capitals = _ctx(context).capitals
        sign = '-' if self._sign else ''
        if self._kind == 1:
            return sign + 'Infinity'
        if self._kind >= 2:
            body = ('sNaN' if self._kind == 3 else 'NaN')
            return sign + body + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        exp = self._exp
        left = exp + len(digits)
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._coef == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            body = digits + '0' * (dot - len(digits))
        else:
            body = digits[:dot] + '.' + digits[dot:]
        if left != dot:
            body += ('E' if capitals else 'e') + '%+d' % (left - dot)
        return sign + body

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __format__(self, spec, _localeconv=None):
        fill, align, signopt, z, zero, width, sep, prec, t = _parse_spec(spec)
        ctx = getcontext()
        rounding = ctx.rounding
        sign = self._sign
        if self._kind:
            body = 'Infinity' if self._kind == 1 else (
                ('sNaN' if self._kind == 3 else 'NaN') + (str(self._coef) if self._coef else ''))
            if t == '%':
                body += '%'
            if zero and fill is None:
                fill = ' '
        else:
            c = self._coef
            e = self._exp
            if t == '%':
                e += 2
            if t in ('e', 'E'):
                if prec is not None:
                    c, e = _round_sig(c, e, prec + 1, rounding, sign)
                    if c:
                        pad = prec + 1 - _ndigits(c)
                        c *= 10 ** pad
                        e -= pad
            elif t in ('f', 'F', '%'):
                if prec is not None:
                    r, _ = _rescale(_new(sign, c, e), -prec, rounding)
                    c, e = r._coef, r._exp
                elif c == 0 and e > 0:
                    e = 0
            elif prec is not None:
                c, e = _round_sig(c, e, max(prec, 1), rounding, sign)
            digits = str(c)
            left = e + len(digits)
            if t in ('e', 'E'):
                dot = 1 - prec if (c == 0 and prec is not None) else 1
            elif t in ('f', 'F', '%'):
                dot = left
            elif e <= 0 and left > -6:
                dot = left
            else:
                dot = 1
            if dot <= 0:
                intpart = '0'
                frac = '0' * -dot + digits
            elif dot >= len(digits):
                intpart = digits + '0' * (dot - len(digits))
                frac = ''
            else:
                intpart = digits[:dot]
                frac = digits[dot:]
            tail = '.' + frac if frac else ''
            if t in ('e', 'E') or (t not in ('f', 'F', '%') and left != dot):
                if t is None:
                    echar = 'E' if ctx.capitals else 'e'
                else:
                    echar = 'E' if t in ('E', 'G') else 'e'
                tail += echar + '%+d' % (left - dot)
            if t == '%':
                tail += '%'
            if z and c == 0:
                sign = 0
            if zero and fill is None:
                fill = '0'
                if align is None:
                    align = '='
            if sep:
                signlen = 1 if (sign or signopt in ('+', ' ')) else 0
                minw = width - signlen - len(tail) if (zero and fill == '0' and align == '=') else 0
                intpart = _group(intpart, minw, sep)
            body = intpart + tail
        if sign:
            prefix = '-'
        elif signopt == '+':
            prefix = '+'
        elif signopt == ' ':
            prefix = ' '
        else:
            prefix = ''
        if fill is None:
            fill = ' '
        if align is None:
            align = '>'
        pad = width - len(prefix) - len(body)
        if pad <= 0:
            return prefix + body
        if align == '<':
            return prefix + body + fill * pad
        if align == '^':
            return fill * (pad // 2) + prefix + body + fill * (pad - pad // 2)
        if align == '=':
            return prefix + fill * pad + body
        return fill * pad + prefix + body

    # ------------------------------------------------------------ queries

    def as_tuple(self):
        if self._kind == 1:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind >= 2:
            digits = tuple(int(ch) for ch in str(self._coef)) if self._coef else ()
            return DecimalTuple(self._sign, digits, 'N' if self._kind == 3 else 'n')
        return DecimalTuple(self._sign, tuple(int(ch) for ch in str(self._coef)), self._exp)

    def as_integer_ratio(self):
        if self._kind >= 2:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._kind == 1:
            raise OverflowError('cannot convert Infinity to integer ratio')
        n = self._coef
        d = 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            while n % 5 == 0 and d % 5 == 0 and n:
                n //= 5
                d //= 5
            while n % 2 == 0 and d % 2 == 0 and n:
                n //= 2
                d //= 2
            if n == 0:
                d = 1
        return (-n if self._sign else n), d

    def adjusted(self):
        return _adjusted(self) if self._kind == 0 else 0

    def is_nan(self):
        return self._kind >= 2

    def is_qnan(self):
        return self._kind == 2

    def is_snan(self):
        return self._kind == 3

    def is_infinite(self):
        return self._kind == 1

    def is_finite(self):
        return self._kind == 0

    def is_zero(self):
        return self._kind == 0 and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._kind or self._coef == 0:
            return False
        return _adjusted(self) >= _ctx(context).Emin

    def is_subnormal(self, context=None):
        if self._kind or self._coef == 0:
            return False
        return _adjusted(self) < _ctx(context).Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def radix(self):
        return _new(0, 10, 0)

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._coef, self._exp, self._kind)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def conjugate(self):
        return self

    def __bool__(self):
        return self._kind != 0 or self._coef != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    # ------------------------------------------------------- conversions

    def __int__(self):
        if self._kind >= 2:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == 1:
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v = self._coef // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= 2:
            if self._kind == 3:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(self.__str__())

    def __complex__(self):
        return complex(float(self))

    def _integral(self, rounding):
        if self._kind >= 2:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == 1:
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            return int(self)
        return int(_rescale(self, 0, rounding)[0])

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __hash__(self):
        if self._kind == 3:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == 2:
            return object.__hash__(self)
        if self._kind == 1:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._coef * pow(_HASH_10INV, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -------------------------------------------------------- comparisons

    def _cmp_with(self, other, order):
        """-1/0/1 against `other`, None when a NaN is involved (after the
        signal), NotImplemented for types Decimal does not compare with."""
        ratio = None
        if isinstance(other, Decimal):
            b = other
        elif isinstance(other, int):
            b = _from_int(other)
        elif isinstance(other, float):
            if order:
                getcontext()._add_status(_S_FLOAT)
            b = _from_float(other)
        elif hasattr(other, 'numerator') and hasattr(other, 'denominator') \
                and type(other).__name__ == 'Fraction':
            ratio = (other.numerator, other.denominator)
            b = None
        else:
            return NotImplemented
        if self._kind >= 2 or (b is not None and b._kind >= 2):
            if order or self._kind == 3 or (b is not None and b._kind == 3):
                getcontext()._add_status(_S_INVALID)
            return None
        if ratio is not None:
            return _compare_ratio(self, ratio[0], ratio[1])
        return _compare(self, b)

    def __eq__(self, other):
        r = self._cmp_with(other, False)
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = self._cmp_with(other, False)
        if r is NotImplemented:
            return r
        return r != 0

    def __lt__(self, other):
        r = self._cmp_with(other, True)
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        r = self._cmp_with(other, True)
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        r = self._cmp_with(other, True)
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        r = self._cmp_with(other, True)
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        ctx = _ctx(context)
        st = [0]
        r = _nan_result(self, other, st)
        ctx._add_status(st[0])
        if r is not None:
            return r
        return _from_int(_compare(self, other))

    def _pick(self, other, context, want_max):
        other = _convert(other, True)
        ctx = _ctx(context)
        st = [0]
        if self._kind >= 2 or other._kind >= 2:
            if self._kind == 3 or other._kind == 3:
                r = _nan_result(self, other, st)
            elif self._kind == 2 and other._kind == 2:
                r = self
            else:
                r = other if self._kind == 2 else self
        else:
            c = _compare(self, other)
            if c == 0:
                # Equal values: the positive one, then the larger exponent.
                if self._sign != other._sign:
                    c = -1 if self._sign else 1
                else:
                    c = 0 if self._exp == other._exp else (
                        1 if self._exp > other._exp else -1)
                    if self._sign:
                        c = -c
            r = self if (c >= 0) == want_max else other
            r = _fix(r, ctx, st)
        ctx._add_status(st[0])
        return r

    def max(self, other, context=None):
        return self._pick(other, context, True)

    def min(self, other, context=None):
        return self._pick(other, context, False)

    # --------------------------------------------------------- arithmetic

    def __add__(self, other, context=None):
        return _binary(_add, self, other, '+', False, context)

    def __radd__(self, other, context=None):
        return _binary(_add, self, other, '+', True, context)

    def __sub__(self, other, context=None):
        b = _operand(other, '-', False)
        if b is NotImplemented:
            return b
        return _binary(_sub, self, b, '-', False, context)

    def __rsub__(self, other, context=None):
        return _binary(_sub, self, other, '-', True, context)

    def __mul__(self, other, context=None):
        return _binary(_mul, self, other, '*', False, context)

    def __rmul__(self, other, context=None):
        return _binary(_mul, self, other, '*', True, context)

    def __truediv__(self, other, context=None):
        return _binary(_div, self, other, '/', False, context)

    def __rtruediv__(self, other, context=None):
        return _binary(_div, self, other, '/', True, context)

    def __floordiv__(self, other, context=None):
        return _binary(_floordiv, self, other, '//', False, context)

    def __rfloordiv__(self, other, context=None):
        return _binary(_floordiv, self, other, '//', True, context)

    def __mod__(self, other, context=None):
        return _binary(_mod, self, other, '%', False, context)

    def __rmod__(self, other, context=None):
        return _binary(_mod, self, other, '%', True, context)

    def __divmod__(self, other, context=None):
        return _binary(_divmod, self, other, 'divmod()', False, context)

    def __rdivmod__(self, other, context=None):
        return _binary(_divmod, self, other, 'divmod()', True, context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return _pow_mod(self, other, modulo, context)
        return _binary(_pow, self, other, '** or pow()', False, context)

    def __rpow__(self, other, modulo=None, context=None):
        return _binary(_pow, self, other, '** or pow()', True, context)

    def _unary(self, context, negate):
        ctx = _ctx(context)
        st = [0]
        r = _nan_result(self, None, st)
        if r is None:
            if self._kind == 1:
                r = _inf(1 - self._sign) if negate else self
            elif self._coef == 0:
                # 0 - x (or 0 + x): negative only for a negative operand
                # under ROUND_FLOOR
                operand = 1 - self._sign if negate else self._sign
                sign = 1 if operand == 1 and ctx.rounding == ROUND_FLOOR else 0
                r = _fix(_new(sign, 0, self._exp), ctx, st)
            else:
                sign = 1 - self._sign if negate else self._sign
                r = _fix(_new(sign, self._coef, self._exp), ctx, st)
        ctx._add_status(st[0])
        return r

    def __neg__(self, context=None):
        return self._unary(context, True)

    def __pos__(self, context=None):
        return self._unary(context, False)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(context, self._sign == 1)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        third = _convert(third, True)
        ctx = _ctx(context)
        st = [0]
        exact = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX)
        product = _mul(self, other, exact, st)
        r = _add(product, third, ctx, st)
        ctx._add_status(st[0])
        return r

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        ctx = _ctx(context)
        st = [0]
        r = _nan_result(self, other, st)
        if r is None:
            if other._kind or other._exp != 0:
                st[0] |= _S_INVALID
                r = _nan()
            elif self._kind == 1:
                r = self
            else:
                n = -other._coef if other._sign else other._coef
                r = _fix(_new(self._sign, self._coef, self._exp + n), ctx, st)
        ctx._add_status(st[0])
        return r

    def sqrt(self, context=None):
        ctx = _ctx(context)
        st = [0]
        r = _nan_result(self, None, st)
        if r is None:
            r = _sqrt(self, ctx, st)
        ctx._add_status(st[0])
        return r

    # ----------------------------------------------------------- rounding

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        ctx = _ctx(context)
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        st = [0]
        r = _quantize(self, exp, rounding, ctx, st)
        ctx._add_status(st[0])
        return r

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._kind or other._kind:
            return (self._kind >= 2 and other._kind >= 2) or (
                self._kind == 1 and other._kind == 1)
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, True)

    def _to_integral(self, rounding, context, exact):
        ctx = _ctx(context)
        st = [0]
        r = _nan_result(self, None, st)
        if r is None:
            if self._kind == 1 or self._exp >= 0:
                r = self
            else:
                r, inexact = _rescale(self, 0, rounding or ctx.rounding)
                if exact:
                    st[0] |= _S_ROUNDED
                    if inexact:
                        st[0] |= _S_INEXACT
        ctx._add_status(st[0])
        return r

    def normalize(self, context=None):
        ctx = _ctx(context)
        st = [0]
        r = _nan_result(self, None, st)
        if r is None:
            r = _fix(self, ctx, st)
            if r._kind == 0:
                if r._coef == 0:
                    r = _new(r._sign, 0, 0)
                else:
                    top = ctx.Emax if ctx.clamp == 0 else ctx.Emax - ctx.prec + 1
                    c = r._coef
                    e = r._exp
                    while c % 10 == 0 and e < top:
                        c //= 10
                        e += 1
                    r = _new(r._sign, c, e)
        ctx._add_status(st[0])
        return r


def _sub(a, b, ctx, st):
    r = _nan_result(a, b, st)
    if r is not None:
        return r
    return _add(a, _new(1 - b._sign, b._coef, b._exp, b._kind), ctx, st)


def _pow_mod(a, b, m, context):
    a = _convert(a, True)
    b = _convert(b, True)
    m = _convert(m, True)
    for x in (a, b, m):
        if x._kind or (x._exp != 0):
            raise NotImplementedError(
                "typhon's decimal: three-argument pow() needs integers with exponent 0")
    ctx = _ctx(context)
    if m._coef == 0 or b._sign:
        ctx._add_status(_S_INVALID)
        return _nan()
    v = pow(a._coef, b._coef, m._coef)
    sign = a._sign if b._coef & 1 else 0
    return _new(sign, v, 0)


def _sqrt(d, ctx, st):
    if d._sign and not (d._kind == 0 and d._coef == 0):
        st[0] |= _S_INVALID
        return _nan()
    if d._kind == 1:
        return d
    ideal = d._exp // 2
    if d._coef == 0:
        return _fix(_new(d._sign, 0, ideal), ctx, st)
    c = d._coef
    e = d._exp
    if e & 1:
        c *= 10
        e -= 1
    k = max(0, ctx.prec + 1 - (_ndigits(c) + 1) // 2)
    m = c * 100 ** k
    r = _isqrt(m)
    exp = e // 2 - k
    if r * r != m:
        if r % 5 == 0:
            r += 1
    else:
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
    return _fix(_new(0, r, exp), ctx, st, ROUND_HALF_EVEN)


def _isqrt(n):
    """The integer square root (Newton's iteration from above)."""
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _quantize(a, q, rounding, ctx, st):
    r = _nan_result(a, q, st)
    if r is not None:
        return r
    if a._kind == 1 or q._kind == 1:
        if a._kind == 1 and q._kind == 1:
            return a
        st[0] |= _S_INVALID
        return _nan()
    if not ctx.Emin - ctx.prec + 1 <= q._exp <= ctx.Emax:
        st[0] |= _S_INVALID
        return _nan()
    r, inexact = _rescale(a, q._exp, rounding)
    if r._coef != 0 and (_ndigits(r._coef) > ctx.prec or _adjusted(r) > ctx.Emax):
        st[0] |= _S_INVALID
        return _nan()
    if r._coef != 0 and _adjusted(r) < ctx.Emin:
        st[0] |= _S_SUBNORMAL
        if inexact:
            st[0] |= _S_UNDERFLOW
    if inexact:
        st[0] |= _S_INEXACT | _S_ROUNDED
    elif r._exp > a._exp and a._coef != 0:
        st[0] |= _S_ROUNDED
    return r


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if isinstance(exp, str):
        if exp == 'F':
            return _inf(sign)
        if exp == 'n':
            return _nan(sign, coef)
        if exp == 'N':
            return _new(sign, coef, 0, 3)
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return _new(sign, coef, exp)
