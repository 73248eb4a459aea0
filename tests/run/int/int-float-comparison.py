# Checks comparisons between ints and floats, including big ints that a
# float cannot represent exactly.
print(1 == 1.0, 2 < 2.5, 3 > 2.999, -1 <= -1.0, 0 == -0.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(1 != 1.5, 5 >= 5.0, 7 < 7.000001)
print(max(1, 2.5), min(3, 2.0), max(2, 2.0), max(2.0, 2))
print(True == 1, False == 0.0, True + 0.5)
