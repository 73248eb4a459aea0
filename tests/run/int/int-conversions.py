# Checks int() on strings (with signs, spaces, underscores and bases),
# floats and bools, and str() of ints.
print(int("42"), int("  -17  "), int("+8"), int("1_000"), int("007"))
print(int("ff", 16), int("101", 2), int("777", 8), int("z", 36), int("0x1F", 16))
print(int(3.9), int(-3.9), int(1e20), int(True), int(False))
print(int(), int(-0.5), int("123456789012345678901234567890"))
print(str(0), str(-123), str(2 ** 70), len(str(10 ** 50)))
print(int(str(99) + "1") + 1)
