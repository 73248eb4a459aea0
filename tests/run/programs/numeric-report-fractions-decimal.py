# A numeric report mixing exact and decimal arithmetic: statistics (mean/median/mode/stdev/pvariance/multimode on ints, Fractions and Decimals), fractions.Fraction (limit_denominator, from floats, as_integer_ratio, mixed arithmetic), decimal with localcontext precision/rounding, quantize for money, ROUND_HALF_EVEN vs ROUND_HALF_UP, divmod, math.fsum/isclose/comb/prod, and aligned formatting.
import math
import statistics
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction

CENT = Decimal("0.01")
sales = [Decimal(s) for s in ("19.99", "5.25", "5.25", "102.40", "0.99", "47.00", "5.25", "33.33")]
shares = [Fraction(1, 3), Fraction(1, 6), Fraction(1, 4), Fraction(1, 4)]
scores = [72, 88, 91, 65, 88, 79, 94, 88, 70]

print("sales total", sum(sales), "mean", statistics.mean(sales), "median", statistics.median(sales))
print("mode", statistics.mode(sales), "multimode", statistics.multimode(scores + [91, 91]))
print("stdev", statistics.stdev(sales).quantize(Decimal("0.0001")), "pvariance", statistics.pvariance(sales))
print("scores mean", statistics.mean(scores), "fmean", round(statistics.fmean(scores), 4),
      "median_low", statistics.median_low(scores[:-1]), "median_high", statistics.median_high(scores[:-1]))
print("stdev", round(statistics.stdev(scores), 6), "pstdev", round(statistics.pstdev(scores), 6))
print("fraction mean", statistics.mean(shares), "variance", statistics.variance(shares))
print("shares sum", sum(shares), sum(shares) == 1, max(shares), sorted(set(shares)))

tax_rate = Decimal("0.0825")
print()
print(f"{'item':>8} {'price':>8} {'tax':>7} {'even':>8} {'up':>8} {'down':>8}")
for price in sales[:5]:
    tax = price * tax_rate
    print(f"{str(price):>8} {price:>8.2f} {tax:>7.4f} "
          f"{(price + tax).quantize(CENT, rounding=ROUND_HALF_EVEN):>8} "
          f"{(price + tax).quantize(CENT, rounding=ROUND_HALF_UP):>8} "
          f"{(price + tax).quantize(CENT, rounding=ROUND_DOWN):>8}")
print(Decimal("2.675").quantize(CENT), Decimal("2.665").quantize(CENT, ROUND_HALF_UP), round(Decimal("2.5")), round(Decimal("3.5")))

with localcontext() as ctx:
    ctx.prec = 6
    third = Decimal(1) / Decimal(3)
    print("prec 6:", third, Decimal(2).sqrt(), Decimal("123456789") + 1)
with localcontext(prec=40):
    print("prec 40:", Decimal(2).sqrt())
print("default:", Decimal(1) / 7, divmod(Decimal("17.5"), Decimal(4)), Decimal("-7") % Decimal(3))
try:
    Decimal("abc")
except InvalidOperation as exc:
    print("InvalidOperation:", type(exc).__name__)
print(Decimal("1.10") + Decimal("2.205"), Decimal("1e3").normalize(), Decimal("1.500").normalize(), Decimal(0.1))

print()
f = Fraction(3.14159).limit_denominator(1000)
print(f, float(f), Fraction("22/7") - f, Fraction(0.5), Fraction(Decimal("1.25")))
print((0.75).as_integer_ratio(), Fraction(7, 8).as_integer_ratio(), Fraction(-9, 6), abs(Fraction(-9, 6)))
print(Fraction(1, 3) + 1, 2 * Fraction(1, 3), Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), Fraction(1, 3) + 0.5)
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3))
print(f"{Fraction(1, 7)!s:>8}|{float(Fraction(1, 7)):.5f}|{Fraction(10, 4)}")
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0), math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.comb(10, 3), math.perm(5, 2), math.prod(range(1, 8)), math.gcd(84, 36, 60), math.lcm(4, 6, 10))
print(math.isqrt(10**20 + 1), math.dist((0, 0), (3, 4)), math.hypot(5, 12), f"{math.pi:.10f}", f"{math.e:e}")
buckets = {}
for s in scores:
    q, r = divmod(s, 10)
    buckets.setdefault(q * 10, []).append(r)
for low in sorted(buckets):
    print(f"{low:>3}-{low + 9:<3} {'*' * len(buckets[low]):<4} {statistics.mean(buckets[low]) + low:6.2f}")
