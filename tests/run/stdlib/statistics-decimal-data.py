# statistics with Decimal data: mean/median/variance keep Decimal, stdev/pstdev are correctly rounded Decimal square roots in the context's precision
import statistics
from decimal import Decimal, localcontext

data = [Decimal(s) for s in ("1.5", "2.25", "3.125", "4", "10.75")]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data))
print(statistics.variance(data), statistics.pvariance(data))
print(repr(statistics.stdev(data)), repr(statistics.pstdev(data)))
print(statistics.mean([Decimal(1), Decimal(2)]), statistics.mean([Decimal(1), Decimal(1), Decimal(2)]))
print(repr(statistics.stdev([Decimal(2), Decimal(4), Decimal(4), Decimal(4), Decimal(5), Decimal(5), Decimal(7), Decimal(9)])))
print(repr(statistics.pstdev([Decimal(2), Decimal(4), Decimal(4), Decimal(4), Decimal(5), Decimal(5), Decimal(7), Decimal(9)])))
print(repr(statistics.pstdev([Decimal(3), Decimal(3)])), repr(statistics.stdev([Decimal("0.1"), Decimal("0.2")])))
for prec in (3, 7, 12, 40):
    with localcontext(prec=prec):
        print(prec, repr(statistics.stdev(data)), repr(statistics.pstdev(data[:3])), statistics.mean(data[:3]))
big = [Decimal(10) ** 20 + i for i in range(5)]
print(statistics.stdev(big), statistics.pvariance(big))
tiny = [Decimal("1E-30"), Decimal("3E-30"), Decimal("7E-30")]
print(statistics.stdev(tiny), statistics.mean(tiny))
nines = [Decimal(0), Decimal("1.999999999999999999999999999")]
print(statistics.pstdev(nines), statistics.stdev(nines))
print(type(statistics.stdev(data)).__name__, type(statistics.median_low(data)).__name__)
