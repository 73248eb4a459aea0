# decimal: + - * / // % divmod, comparisons, unary ops and sqrt over a grid of operands (zeros, signs, exponents, infinities, NaN), at the default context and at precision 5
from decimal import Decimal, getcontext

OPERANDS = ['0', '-0', '1', '2.50', '-7', '0.1', '1E+3', '1.23E-5',
            '123456789012345678901234567890', '9.99999999999999999999999999999',
            'Infinity', '-Infinity', 'NaN', '-2.25']


def attempt(f):
    try:
        return str(f())
    except ArithmeticError as e:
        return type(e).__name__


def grid(operands):
    for x in operands:
        a = Decimal(x)
        print(x, '|', -a, +a, abs(a), a.normalize(), attempt(a.sqrt))
        for y in operands:
            b = Decimal(y)
            cells = [attempt(lambda: a + b), attempt(lambda: a - b), attempt(lambda: a * b),
                     attempt(lambda: a / b), attempt(lambda: a // b), attempt(lambda: a % b)]
            if not a.is_nan() and not b.is_nan():
                cells.append('<' if a < b else ('>' if a > b else '='))
                cells.append(str(a == b) + str(a <= b))
            print(' ', y, ':', ' '.join(cells))


grid(OPERANDS)
getcontext().prec = 5
grid(['-0', '2.50', '-7', '0.1', '123456789012345678901234567890', '9.99999999999999999999999999999', 'Infinity'])
getcontext().prec = 28

# Mixed with ints, reflected operators, divmod and the usual sums.
a = Decimal('-7.5')
print(a + 2, 2 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, a // 2, 2 // a, a % 2, 2 % a)
print(divmod(a, 2), divmod(7, Decimal('2.5')), divmod(Decimal(-7), Decimal(2)))
print(sum([Decimal('0.1')] * 10), sum([Decimal('0.1')] * 10) == 1, 0.1 * 10 == 1)
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.2'), Decimal(1) / 3 * 3)
print(Decimal('1E+30') + Decimal('1E-30'), Decimal('1E+30') - Decimal('1E-30'), Decimal(1) + Decimal('1E-40'))
print(Decimal(5).sqrt(), Decimal('0.0400').sqrt(), Decimal('1E3').sqrt(), Decimal('-0').sqrt(), Decimal(4).sqrt())
print(Decimal(2) == 2, Decimal('2.0') == 2.0, Decimal('0.1') == 0.1, Decimal(1) < 1.5, 2 > Decimal('1.99'), Decimal(3) != 3)
print(max(Decimal('1.5'), Decimal(2), 1), min([Decimal('0.3'), Decimal('0.25')]), sorted([Decimal('1.1'), 1, Decimal('0.9'), -3]))
print(Decimal('1.0').max(Decimal('1')), Decimal('1.0').min(Decimal('1')), Decimal(3).compare(Decimal('3.0')), Decimal(2).compare(5))
print(Decimal('2.5').fma(2, Decimal('0.5')), Decimal('7.5').scaleb(3), Decimal('7.5').scaleb(-3), Decimal('-1.5').copy_abs(), Decimal(2).copy_negate(), Decimal(3).copy_sign(Decimal(-1)))
