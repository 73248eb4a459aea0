# Every way to store into a list joins into its element kind: append,
# insert, extend, item and slice assignment, `+=`, `*`, `+`, list(),
# sorted(), slicing, copy, comprehensions; loads through indexing, `for`,
# pop and unpacking give what was stored.


def stores(n):
    a = [1.0, 2.0]
    a.insert(0, 3)
    b = [1.0] * n
    b.extend(range(2))
    c = [0.5, 1.5]
    c[1] = "x"
    d = [1.0, 2.0, 3.0]
    d[1:2] = ["y", "z"]
    e = [1.0]
    e += ("t",)
    f = [2.0, 1.0]
    f.sort()
    return a, b, c, d, e, f


def loads():
    a = [1.5, 2.5, 3.5]
    total = 0.0
    for x in a:
        total += x
    first, second, third = a
    last = a.pop()
    a.append(4.5)
    return total, first * second, third, last, a[-1] + a[0]


def builders(n):
    ints = list(range(n))
    ints.append(ints[0] + ints[-1])
    s = sorted([3.0, 1.0, 2.0])
    tail = s[1:]
    tail.append("tail")
    both = s + ints
    copy = s.copy()
    copy.append(None)
    squares = [i * 1.5 for i in range(n)]
    squares.append(squares[-1] * 2)
    empty = list()
    empty.append(1)
    return ints, s, tail, both, copy, squares, empty


def int_elements(n):
    perm = list(range(n))
    count = [0] * n
    for i in range(n):
        count[i] = perm[n - 1 - i] * 2
    perm[0], perm[1] = perm[1], perm[0]
    head = perm.pop(0)
    perm.insert(2, head)
    total = 0
    for c in count:
        total += c
    return perm, count, total, perm[0] + perm[-1]


def mixed_kinds():
    m = [1, 2.0]
    out = [type(v).__name__ for v in m]
    b = [True, False]
    b.append(1)
    return out, [type(v).__name__ for v in b], b[0] + b[2]


def nested_matrix(n):
    grid = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            grid[i][j] = i * 0.5 + j
    grid[0].append(7)
    row = grid[1]
    return grid, row[1] * 2, [type(v).__name__ for v in grid[0]]


def list_of_tuples(n):
    pts = []
    for i in range(n):
        pts.append((i * 1.0, i))
    sx = 0.0
    si = 0
    for x, i in pts:
        sx += x
        si += i
    return sx, si, pts[-1][0] * 2


def negative_and_errors():
    a = [1.0]
    try:
        a[3]
    except IndexError as e:
        print("IndexError", e)
    t = (1.0,)
    try:
        t[1]
    except IndexError as e:
        print("IndexError", e)
    try:
        x, y = t
    except ValueError as e:
        print("ValueError", e)
    try:
        a[0] = 1
        a[1:1] = 5
    except TypeError as e:
        print("TypeError", e)
    return a


print(stores(2))
print(loads())
print(builders(4))
print(int_elements(5))
print(mixed_kinds())
print(nested_matrix(3))
print(list_of_tuples(4))
print(negative_and_errors())
