# decimal: getcontext/setcontext/localcontext, Context attributes and their checks, flags and traps, the signals as exceptions with CPython's messages, overflow/underflow/clamping, integer powers
from decimal import *

print(getcontext())
print(Decimal(1) / 3, Decimal(2) * Decimal('1.1'), getcontext())
getcontext().clear_flags()
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2) / 3, ctx, getcontext() is ctx)
print(Decimal(2) / 3)
with localcontext(prec=4, rounding=ROUND_UP):
    print(Decimal(2) / 3, Decimal(1) / 3)
with localcontext(Context(prec=6, traps=[])) as ctx:
    print(Decimal(1) / 0, Decimal(0) / 0, ctx.flags[DivisionByZero], ctx.flags[InvalidOperation])
print(BasicContext, ExtendedContext, DefaultContext.prec)

small = Context(prec=6, Emax=99, Emin=-99, traps=[])
for x in ['9.99999e99', '1e99', '1e-99', '1e-104', '1.5e-105', '123456789', '1e-110', '0e-200', '0e200']:
    for y in ['10', '0.1', '3']:
        small.clear_flags()
        print(x, y, small.multiply(Decimal(x), Decimal(y)), small.divide(Decimal(x), Decimal(y)), small.add(Decimal(x), Decimal(y)), small)
for mode in [ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_UP]:
    small.rounding = mode
    print(mode, small.multiply(Decimal('9e99'), 100), small.multiply(Decimal('-9e99'), 100))
clamped = Context(prec=5, Emax=20, Emin=-20, clamp=1)
print(clamped.create_decimal('1e20'), clamped.create_decimal('1.2e18'), clamped.create_decimal('1234567'), clamped)

every = Context(traps=[Overflow, Inexact, Rounded, Underflow, Subnormal, Clamped])
for f in [lambda: every.divide(1, 3), lambda: every.multiply(Decimal('1e999999'), 10),
          lambda: every.divide(Decimal('1e-999999'), 10 ** 9), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0,
          lambda: Decimal(1) % 0, lambda: Decimal(10) // Decimal('1e-30'), lambda: Decimal('nan') < 1,
          lambda: Decimal(-1).sqrt(), lambda: Decimal('snan') == 1, lambda: Decimal(0) ** 0, lambda: divmod(Decimal(1), 0),
          lambda: Decimal('1') + 1.0, lambda: 1.0 * Decimal(1), lambda: Decimal(1) ** None, lambda: hash(Decimal('snan'))]:
    try:
        print(f())
    except (DecimalException, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ZeroDivisionError), isinstance(e, InvalidOperation))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', e)
try:
    Decimal('x')
except ArithmeticError as e:
    print('caught as ArithmeticError:', repr(e.args[0]))
print(every.flags[Inexact], every.flags[Overflow], every.flags[DivisionByZero], every)

for f in [lambda: Context(prec=0), lambda: Context(rounding='up'), lambda: Context(Emax=-1), lambda: Context(Emin=1),
          lambda: Context(capitals=2), lambda: setattr(getcontext(), 'prec', 'x'), lambda: localcontext(foo=1)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

getcontext().traps[FloatOperation] = True
for f in [lambda: Decimal(1.5), lambda: Decimal(1) < 1.5, lambda: Decimal(1) == 1.5, lambda: Decimal.from_float(0.5)]:
    try:
        print(f())
    except FloatOperation as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
getcontext().traps[FloatOperation] = False
getcontext().traps[InvalidOperation] = False
print(Decimal('x'), Decimal(0) / 0, Decimal(1) % 0, Decimal('nan') < 1, Decimal(-1).sqrt())
setcontext(Context())
print(getcontext())

for x in ['0.1', '0.5', '3', '1.5', '-2', '0.20', '25', '1E+1', '1.000', '0.00', '-0.0', 'Infinity']:
    d = Decimal(x)
    print(x, [str(d ** n) for n in (-3, -2, -1, 1, 2, 3, 10)], d ** 0 if d else None)
print(Decimal(2) ** 100, Decimal('1.1') ** 20, Decimal(3) ** -20, Decimal(10) ** 30)
print(Decimal(2) ** 100000, Decimal('1.0001') ** 10000, Decimal('0.99') ** 3000, Decimal(3) ** -500)
for f in [lambda: Decimal(10) ** 1000000, lambda: Decimal(2) ** Decimal(-3)]:
    try:
        print(f())
    except Overflow as e:
        print(type(e).__name__, e)
price = Decimal('19.99')
total = (price * 3 * Decimal('1.0825')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
print(total, f'{total:,.2f}', total / 7, (total / 7).quantize(Decimal('0.01')))
