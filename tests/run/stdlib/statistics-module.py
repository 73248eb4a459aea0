# statistics: mean/median/mode/variance/stdev with CPython's exact results on ints, floats, fractions, and the errors
import statistics
from fractions import Fraction
from statistics import mean, median, median_low, median_high, mode, multimode, variance, pvariance, stdev, pstdev, fmean

ints = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8]
floats = [0.1, 0.2, 0.3, 1e-3, 2.5, 3.75]
fracs = [Fraction(1, 3), Fraction(2, 7), Fraction(5, 2)]
for data in (ints, floats, fracs, [1, 2.5], [True, False, True], [10**20, 1, 3]):
    print(mean(data), median(data), median_low(data), median_high(data), variance(data), pvariance(data))
    print(repr(stdev(data)), repr(pstdev(data)), repr(fmean(data)))
print(mode(ints), mode("abracadabra"), multimode("aabbc"), multimode([]), mode([1.5, 2.5, 1.5]))
print(variance(ints, xbar=5), pstdev([1.5, 2.5, 3.5], mu=2.5), fmean([1, 2, 3], weights=[3, 2, 1]))
print(mean([0.1] * 10), sum([0.1] * 10), mean(range(1, 101)), median(range(10)))
for call in (lambda: mean([]), lambda: median([]), lambda: mode([]), lambda: variance([1]), lambda: stdev([]),
             lambda: pvariance([]), lambda: fmean([]), lambda: mean(["a"]), lambda: mean([1, 1j])):
    try:
        call()
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(statistics.StatisticsError, ValueError))
