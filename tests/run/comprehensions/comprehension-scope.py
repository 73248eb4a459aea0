# Comprehension scope as in CPython 3.11: loop variables do not leak, the
# first iterable is evaluated in the enclosing scope (so it may use a name
# the comprehension rebinds), later iterables inside.
x = [1, 2, 3]
print([x for x in x], x)
n = 10
squares = [n * n for n in range(4)]
print(squares, n)


def shadow(values):
    values = [v + 1 for v in values]
    return [values for values in values]


print(shadow([1, 2]))
rows = [[1, 2], [3]]
print([cell for row in rows for cell in row])
print({i: j for i in range(3) for j in range(i)})
print([i for i in range(10) if i % 2 if i % 3])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
