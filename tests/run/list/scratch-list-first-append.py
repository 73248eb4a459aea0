# Scratch lists that a function only appends to, tests for truth and copies
# into another list (`line = []` per loop step) are made at their first
# append: checks the results against lists made at once, with ints, floats
# (float storage), mixed items, re-assignment mid-loop, an append whose
# argument raises, nested loops, appends in a generator, and many lists
# made under collection.


def flips(cells, square, colour, other):
    turned = []
    for step in (-11, -10, -9, -1, 1, 9, 10, 11):
        sq = square + step
        line = []
        while cells[sq] == other:
            line.append(sq)
            sq += step
        if line and cells[sq] == colour:
            turned.extend(line)
    return turned


def board():
    cells = [3] * 100
    for row in range(1, 9):
        for col in range(1, 9):
            cells[row * 10 + col] = 0
    cells[44] = cells[55] = 2
    cells[45] = cells[54] = 1
    cells[43] = cells[42] = 2
    return cells


def evens(n):
    found = []
    if not found:
        print("empty at first")
    for i in range(n):
        if i % 2 == 0:
            found.append(i)
    return found


def halves(values):
    out = []
    for v in values:
        out.append(v / 2)
    more = []
    more.extend(out)
    return more


def mixed(values):
    kept = []
    for v in values:
        kept.append(v)
    total = []
    total.extend(kept)
    return total


def restarts(n):
    result = []
    chunk = []
    for i in range(n):
        chunk.append(i)
        if i % 3 == 2:
            result.extend(chunk)
            chunk = []
            result.append(-1)
    if chunk:
        result.extend(chunk)
    return result


def check(x):
    if x == 3:
        raise ValueError("three")
    return x * 10


def raising(n):
    done = []
    for i in range(n):
        got = []
        try:
            got.append(check(i))
        except ValueError as e:
            print("caught", e, bool(got))
        if got:
            done.extend(got)
    return done


def grid(n):
    rows = []
    for i in range(n):
        row = []
        for j in range(i):
            row.append(i * j)
        flag = "some" if row else "none"
        rows.append(flag)
        copy = []
        copy.extend(row)
        rows.append(len(copy))
    return rows


def gen(n):
    for i in range(n):
        part = []
        for j in range(i % 3):
            part.append(j)
        if part:
            yield part


def churn(n):
    kept = []
    for i in range(n):
        tmp = []
        if i % 7 == 0:
            tmp.append(str(i))
            tmp.append(i)
        if tmp:
            kept.extend(tmp)
    return kept


cells = board()
print(flips(cells, 41, 1, 2), flips(cells, 46, 1, 2), flips(cells, 53, 2, 1))
print(evens(9), evens(0))
print(halves([1, 2, 3]), halves([]))
print(mixed([1.5, 2, "a", None]), mixed(["x", 2.5]), mixed([]))
print(restarts(8), restarts(0))
print(raising(5))
print(grid(4))
print(list(gen(6)))
k = churn(30000)
print(len(k), k[:6], k[-2:])
