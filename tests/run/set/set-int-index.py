# Sets of small ints keep a membership bitmap next to CPython's table: `in`,
# `add` and `discard` must agree with the table whatever keys come and go
# (ints in and out of the window, negative ints, bools, floats and big ints
# equal to ints, strs), and the iteration order must stay CPython's after
# many additions and removals.


def backtrack(n):
    cols = set()
    diag = set()
    anti = set()
    count = 0
    stack = [(0, 0)]
    while stack:
        row, col = stack.pop()
        if row == n:
            count += 1
            continue
        if col > 0:
            prev = col - 1
            cols.discard(prev)
            diag.discard(row + prev)
            anti.discard(row - prev)
        for c in range(col, n):
            if c in cols or row + c in diag or row - c in anti:
                continue
            cols.add(c)
            diag.add(row + c)
            anti.add(row - c)
            stack.append((row, c + 1))
            stack.append((row + 1, 0))
            break
        else:
            if row > 0:
                pass
    return count, sorted(cols), sorted(diag), sorted(anti)


print(backtrack(5))

s = set()
for i in range(40):
    s.add(i % 13 - 6)
    s.discard((i * 7) % 13 - 6)
    print(i, list(s), 3 in s, -6 in s, 100 in s)

# Keys equal to ints that are not ints.
s = {1, 2, 3}
print(True in s, 1.0 in s, 2.5 in s, (1 << 70) in s)
s.add(True)
print(s, len(s))
s.add(1.0)
print(s, len(s))
s.discard(1.0)
print(s, 1 in s, True in s, 1.0 in s)
s.add(True)
print(s, 1 in s)
s.discard(True)
s.discard(2)
s.discard(3)
print(s, len(s))
s.add(5)
print(5 in s, 6 in s, s)

s = {0.0, 2}
print(0 in s, False in s, 2 in s, s)
s.discard(0)
print(s, 0 in s)

# Ints far apart, big ints, negative ints.
s = {0}
s.add(10**6)
s.add(-(10**6))
s.add(1 << 80)
print(0 in s, 10**6 in s, -(10**6) in s, (1 << 80) in s, 5 in s, sorted(s))
s.discard(1 << 80)
s.discard(10**6)
print(sorted(s), 10**6 in s, -(10**6) in s)
for k in list(s):
    s.discard(k)
print(s, 0 in s)
s.add(300)
s.add(301)
print(s, 300 in s, 0 in s)

# Strs and ints together.
s = {1, "a"}
print(1 in s, "a" in s, 2 in s, "b" in s)
s.add(2)
print(2 in s, len(s))

# pop, clear, copy, update, operators.
s = set(range(20))
for _ in range(5):
    s.pop()
print(s, 0 in s, 19 in s)
t = s.copy()
print(t == s, 7 in t, 2 in t)
s.clear()
print(s, 7 in s)
s.update({3: "x", 4: "y"})
print(s, 3 in s, 5 in s)
u = {1, 2, 3} | {3, 4}
print(u, 4 in u, 5 in u)
u &= {1, 4, 9}
print(u, 1 in u, 2 in u)
u ^= {1, 7}
print(u, 1 in u, 7 in u)
u -= {4}
print(u, 4 in u, 7 in u)
f = frozenset(range(-3, 3))
print(f, -3 in f, 3 in f, {f: 1}[frozenset({0, 1, 2, -1, -2, -3})])


class S(set):
    pass


w = S([5, 6, 7])
print(sorted(w), 5 in w, 8 in w)
w.__init__([8, 9])
print(sorted(w), 5 in w, 8 in w)
w.add(10)
print(sorted(w), 10 in w)

# Order after churn matches CPython's table.
s = set()
for i in range(200):
    s.add((i * 37) % 101 - 50)
    if i % 3:
        s.discard((i * 11) % 101 - 50)
print(list(s))
print([k for k in range(-60, 60) if k in s] == sorted(s))
