# decimal and fractions together: Fraction(Decimal), Fraction.from_decimal, mixed comparisons both ways, and the errors for NaN and Infinity
from fractions import Fraction
from decimal import Decimal
print(Fraction(Decimal('1.25')), Fraction.from_decimal(Decimal('-0.5')), Fraction.from_decimal(3))
print(Fraction(1, 2) == Decimal('0.5'), Decimal('0.5') == Fraction(1, 2), Decimal('0.3') < Fraction(1, 3), Fraction(1, 3) > Decimal('0.3'))
for f in [lambda: Fraction(Decimal('nan')), lambda: Fraction.from_decimal(1.5), lambda: Fraction(Decimal('-inf'))]:
    try:
        f()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
