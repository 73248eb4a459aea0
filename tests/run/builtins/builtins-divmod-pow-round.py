# Checks divmod, pow and round as functions on ints and floats, with their
# error messages for division by zero and bad modular arguments.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 9))
print(pow(2, 5), pow(2, -2), pow(2.5, 2), pow(5, 3, 7), pow(-2, 3), pow(0, 0))
print(round(3.14159, 3), round(-7.5), round(8.5), round(1e-3, 5), round(123, -1))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
