# Sets of small ints that churn (keys added and discarded over and over, so
# the table fills with deleted slots): iteration order, pop order, reprs and
# membership stay CPython's after each phase, also when other keys (tuples,
# big ints, bools, negatives whose hash differs) join, after clear, copy,
# in-place operators and in a set subclass.


def churn(s, keys, rounds, seed):
    x = seed
    for _ in range(rounds):
        x = (x * 1103515245 + 12345) % 2147483648
        k = keys[x % len(keys)]
        if (x >> 8) % 3 == 0:
            s.discard(k)
        elif (x >> 8) % 3 == 1:
            s.add(k)
        elif k in s:
            s.remove(k)
        else:
            s.add(k)
    return s


small = list(range(-12, 30))
a = churn(set(), small, 500, 1)
print(sorted(a) == sorted(set(a)), list(a))
print([k in a for k in range(-14, 32)])
b = churn(set(range(20)), small, 2000, 7)
print(list(b), len(b))
c = b.copy()
churn(c, small, 300, 3)
print(list(b), list(c))
while len(c) > 3:
    c.pop()
print(c)
churn(c, small, 300, 5)
print(c)

# A backtracking stack: columns in use, added and discarded in depth order.
cols = set()
found = []


def place(row, n):
    if row == n:
        found.append(list(cols))
        return
    for col in range(n):
        if col in cols or (row + col) % 3 == 0 and row:
            continue
        cols.add(col)
        place(row + 1, n)
        cols.discard(col)
        cols.add(col + 100)
        cols.discard(col + 100)


place(0, 5)
print(len(found), found[:3], found[-1], cols)

# Other keys join the churned table: the small-int shortcuts step aside.
d = churn(set(), small, 400, 11)
d.add((1, 2))
d.add(2**70)
churn(d, small, 200, 13)
print(d)
d.add(True)
d.add(-1)
d.add(-2)
churn(d, small + [True, False, 1.0, 2**70, (1, 2)], 400, 17)
print(d, 1 in d, True in d, 2**70 in d)
d.clear()
churn(d, small, 300, 19)
print(d)

e = churn(set(), small, 300, 23)
e |= {1, 2, 3}
churn(e, small, 100, 29)
e -= {4, 5}
churn(e, small, 100, 31)
e &= set(range(-5, 25))
churn(e, small, 100, 37)
e ^= {0, 7, 50}
print(e)


class Tracked(set):
    pass


t = churn(Tracked(range(10)), small, 600, 41)
print(t, type(t).__name__)
u = Tracked(t)
churn(u, small, 100, 43)
print(u, t)
print(frozenset(churn(set(), small, 777, 47)))
