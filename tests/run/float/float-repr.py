# Checks repr/str of floats: shortest round-tripping digits, the switch to
# exponent notation at 1e16 and 1e-05, and the special values.
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3)
print(1e16, 1e15, 123456789012345678.0, 1e22, 1.5e300)
print(1e-05, 0.0001, 0.00001234, 1e-320)
print(2.5, 100.0, -0.0, 0.0, 1.0, -1.5)
print(float("inf"), float("-inf"), float("nan"), 1e308 * 10)
print(repr(0.1), str(0.1), repr(1e100), str(-2.5e-10))
print([0.1, 1e16, -0.0], (1.0,), {1.5: 2.25})
print(3.141592653589793, 2.718281828459045, 1.7976931348623157e308)
print(5e-324, 9007199254740993.0, 0.30000000000000004)
