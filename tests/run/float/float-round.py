# Checks round(): banker's rounding to an int with one argument, a float
# with ndigits, negative ndigits, and round on ints.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(2.675, 2), round(1.2345, 3), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1.005, 2))
print(round(7), round(1234, -2), round(1250, -2), round(1350, -2), round(-15, -1))
print(round(2.0), round(1e20), round(3.14159, 0), round(9.99, 1))
print(isinstance(round(2.5), int), isinstance(round(2.5, 0), float), round(2.5, 0))
