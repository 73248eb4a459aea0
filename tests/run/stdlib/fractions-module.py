# fractions.Fraction: construction (ints, floats, strings), normalisation, arithmetic with ints/floats, comparisons, rounding, errors
from fractions import Fraction

print(Fraction(3, 4), Fraction(6, -8), repr(Fraction(10, 5)), Fraction(0.75), Fraction("-3/4"), Fraction(" 1.25e1 "), Fraction("1_000"))
a, b = Fraction(1, 3), Fraction(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** -1)
print(a + 1, 1 - a, 2 * b, 1 / a, a + 0.5, 0.5 * a, a == Fraction(2, 6), a == 1, Fraction(2, 1) == 2, a < b, a >= b, a < 0.34)
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(int(Fraction(-7, 2)), float(Fraction(1, 8)), Fraction(-7, 2).__floor__(), Fraction(-7, 2).__ceil__(), abs(b), -a, bool(Fraction(0)))
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(1, 3).as_integer_ratio(), a.numerator, a.denominator)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), {Fraction(1, 2): "half"}[Fraction(2, 4)])
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(2, 3)]), sum([Fraction(1, 4)] * 4))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x/y"), lambda: Fraction(3) / 0, lambda: Fraction(1.5, 2),
            lambda: Fraction([1]), lambda: Fraction(-2) / Fraction(0)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
