# Checks that set displays print in CPython's order: a display of more than
# two constants is built from a frozenset constant (whose order can differ
# from adding the items one by one), any other display item by item.
print({5, 13, 21, 1, 100, -3})
x = 5
print({x, 13, 21, 1, 100, -3})
print({1, 2})
print({-1, 7, 15, 23, 31})
print({3} | {9, 17, 25, 1})
s = {40, 8, 16, 24, 32}
s.add(0)
print(s)
