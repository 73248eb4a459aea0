# Checks chained comparisons: each operand is evaluated at most once and the
# chain stops at the first false link.
def val(v):
    print("eval", v)
    return v
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 1 == 1 == 1.0, 1 < 2 > 0)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
a = b = c = 7
print(a == b == c, a is b, a != b != c)
print("a" < "b" < "c", [1] < [2] < [2, 0], 1 < 2.5 < 3)
print(1 in [1, 2] in [[1, 2]], 3 not in [1] == True)
