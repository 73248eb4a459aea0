# Checks the type constructors as conversions: int, float, str, bool,
# list, tuple, dict and set, and their errors for bad input.
print(int("12") + 1, float("1.5") * 2, str(12) + "3", bool("x"), bool(0.0))
print(list("ab"), tuple([1, 2]), dict([(1, "a"), (2, "b")]), sorted(set([3, 3, 1])))
print(str(1.0), str(-0.0), str(1e100), str([1, "2"]), int("-0"), float("-0"))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("1.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
