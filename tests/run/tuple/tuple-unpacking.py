# Checks tuple unpacking in assignments, loops and function results, and
# the ValueError for a wrong number of values.
point = (3, 4)
x, y = point
print(x, y)
(a, b), c = (1, 2), 3
print(a, b, c)
for name, (lo, hi) in [("first", (0, 5)), ("second", (5, 9))]:
    print(name, hi - lo)
def polar():
    return "r", 5.0
label, value = polar()
print(label, value)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
