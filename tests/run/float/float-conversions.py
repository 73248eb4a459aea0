# Checks float() on strings, ints and bools, int() on floats, and str() of
# the results.
print(float("3.14"), float("  -2.5  "), float("1e5"), float("1_000.5"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("+1E-3"))
print(float(10), float(-3), float(2 ** 60), float(True), float())
print(int(2.9), int(-2.9), int(1e15), int(123.999), int(-0.0))
print(str(1.0), str(1e16), str(float(7)), float(str(0.1)) == 0.1)
print(float(10 ** 20), float("0.1") + float("0.2"))
