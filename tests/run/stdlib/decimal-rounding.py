# decimal: quantize and precision rounding in the eight rounding modes, to_integral_value, round(), floor/ceil/trunc, int()/float(), normalize
import math
from decimal import (Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN,
                     ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_05UP, InvalidOperation)

MODES = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_05UP]
VALUES = ['0', '-0', '1.5', '2.5', '-2.5', '0.005', '0.015', '-1.005', '999.995', '1.05', '2.675', '1234.5678',
          '-0.000012345', '0.5', '-0.001', '1E+5', '7', '12.345', '-12.355', '0.0049999']

for x in VALUES:
    d = Decimal(x)
    cells = []
    for q in ('0.01', '1', '1E+1'):
        cells.append(' '.join(str(d.quantize(Decimal(q), rounding=m)) for m in MODES))
    print(x, '|', ' | '.join(cells))
    print('   ', d.to_integral_value(), d.to_integral_value(ROUND_UP), d.to_integral_exact(rounding=ROUND_FLOOR),
          round(d), round(d, 2), round(d, -1), math.floor(d), math.ceil(d), math.trunc(d), int(d), float(d),
          d.normalize(), d.adjusted())

# The context's precision and rounding apply to every operation's result.
for m in MODES:
    with localcontext() as ctx:
        ctx.prec = 4
        ctx.rounding = m
        print(m, Decimal(2) / 3, Decimal(-2) / 3, Decimal('1.2345') + 0, Decimal('-1.2355') * 1,
              Decimal('99995') + 0, Decimal(1) / 7, +Decimal('1.00049'), -Decimal('0'), Decimal('5.5555') - 1)

# Quantize failures and the default context's rounding.
getcontext().rounding = ROUND_HALF_UP
print(Decimal('0.125').quantize(Decimal('0.01')), Decimal('7.325').quantize(Decimal('.01')))
getcontext().rounding = ROUND_HALF_EVEN
print(Decimal('0.125').quantize(Decimal('0.01')), Decimal('12345').quantize(Decimal('1.00')), repr(Decimal(7).quantize(Decimal('1e-2'))))
for bad in [lambda: Decimal('1.5').quantize(Decimal('1e-30')), lambda: Decimal('inf').quantize(Decimal(1)),
            lambda: Decimal(1).quantize(Decimal('1e1000000')), lambda: Decimal(1).quantize(1, rounding='HALF')]:
    try:
        print(bad())
    except (InvalidOperation, TypeError) as e:
        print(type(e).__name__, e)
print(Decimal('inf').quantize(Decimal('inf')), Decimal('1.2').quantize(2), Decimal('1.20').same_quantum(Decimal('3.45')))
for bad in [lambda: int(Decimal('nan')), lambda: int(Decimal('-inf')), lambda: round(Decimal('nan')),
            lambda: math.floor(Decimal('inf')), lambda: float(Decimal('snan')), lambda: round(Decimal(1), 1.5)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(float(Decimal('nan')), float(Decimal('-inf')), float(Decimal('-0')), float(Decimal('1.1')), float(Decimal('1e400')))
