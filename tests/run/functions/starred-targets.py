# Starred assignment targets in every position, nested, from any
# iterable, in for loops, and CPython's errors for too few values.
a, *b = "xyz"
*c, d = range(4)
e, *f, g = [1, 2]
print(a, b, c, d, e, f, g)
(h, *i), *j = [1, 2, 3], 4, 5
print(h, i, j)
first, *_, last = iter([7, 8, 9, 10])
print(first, last)
for key, *values in [["a", 1, 2], ["b"]]:
    print(key, values)
[*k] = {1: "x"}
print(k)
for bad in [[], [1]]:
    try:
        p, *q, r = bad
    except ValueError as exc:
        print(exc)
try:
    s, *t = None
except TypeError as exc:
    print(exc)
