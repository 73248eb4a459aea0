# Checks range with one, two and three arguments, negative steps, empty
# ranges, len, membership, indexing and conversion to a list.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[2], 9 in r, 10 in r, -1 in r)
print(len(range(0, 100, 7)), len(range(10, 0)), sum(range(101)), max(range(7)))
total = 0
for i in range(100, 0, -10):
    total += i
print(total)
print(range(3) == range(0, 3), list(reversed(range(4))))
