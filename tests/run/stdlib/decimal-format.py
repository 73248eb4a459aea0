# decimal: construction from str/int/float/tuple (and its errors), str/repr/to_eng_string with exponents, -0, NaN and Infinity, as_tuple, hash, and format() specs
from decimal import Decimal, Context, InvalidOperation, getcontext

for s in ['1.30', '-0', '0.000', '1E+5', '1e-7', '0.000001', '0.0000001', '123.456e3', '-0e5', '5e-3', '.5', '5.',
          ' 12 ', '+1_000.5', '1__0', '\u0661\u0662', 'inf', '-INFINITY', 'nAn', 'snan5', '-NaN12', 'NaN0001',
          '12e+0003', '123456789012345678901234567890.123', '1E-1000', '0E+3']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())
for s in ['abc', '', '1e', '1.2.3', '.', 'e5', '0x10', '1 2', 'nan1x', '--1']:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e)
for v in [1.1, -0.0, 0.5, 1e300, 5e-324, float('nan'), float('-inf'), (0, (1, 2), -1), (1, (), 'F'), (0, (1,), 'n'),
          [1, [3], 2], True, 2 ** 100, -17, Decimal('3.14')]:
    print(repr(v), repr(Decimal(v)))
for v in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, 1), 'x', [1], None, 3 + 0j]:
    try:
        Decimal(v)
    except (ValueError, TypeError, InvalidOperation) as e:
        print(repr(v), type(e).__name__, e)
print(Decimal.from_float(0.1), Decimal.from_float(3), Context(prec=3).create_decimal('3.14159'), Context(prec=3).create_decimal_from_float(0.1))
print(Decimal('1.25').as_integer_ratio(), Decimal('-0.75').as_integer_ratio(), Decimal(12).as_integer_ratio())
print([hash(Decimal(x)) for x in ['1', '1.0', '0.5', '1.1', '-3.3333', '1E+30', 'inf', '-inf', '-1']])
print(hash(Decimal(7)) == hash(7), hash(Decimal('0.25')) == hash(0.25), {Decimal('1.0'): 'a', 1: 'b'}, Decimal(5) in {5})

SPECS = ['', '.2f', ',', ',.2f', '>10', '.3e', 'e', 'g', '.3g', '%', '.1%', '010.2f', '012,.2f', '+.2f', ' f',
         'z.2f', '.0f', 'n', 'E', 'G', '*^12.3f', '=+10.1f', '<8', '.0e', '.0g', '.2', '12', 'F', '-^15,.3f']
VALUES = ['1234.5678', '-0.000012345', '0', '-0', '1E+5', '123456789', '0.5', '1.25', '2.5', 'Infinity', 'NaN',
          '-0.001', '1E-7', '0E+3', '0.000', '-1234567.891']
for spec in SPECS:
    print(repr(spec), ' '.join(format(Decimal(x), spec) for x in VALUES))
print('{:.2f} {:>8,} {}'.format(Decimal('3.14159'), Decimal(1234567), Decimal('1e-10')), f'{Decimal("2.5"):08.3f}')
for spec in ['_', '#', 'd', '.f', 'x']:
    try:
        format(Decimal(1), spec)
    except ValueError as e:
        print(repr(spec), e)
getcontext().capitals = 0
print(Decimal('1E+10'), repr(Decimal('-1.5E-12')), format(Decimal('1e20'), ''))
getcontext().capitals = 1
print(Decimal('1E+10'), repr(Decimal('-1.5E-12')), format(Decimal('1e20'), ''))
