# Checks `l[i] op= x` on lists inference proves exact, whose write reuses
# the slot the read found: negative and out-of-range indices, float
# storage, nested lists, and a right-hand side that grows, clears or
# converts the list between the read and the write.


def counts(n):
    hist = [0] * 5
    for i in range(n):
        hist[i % 5] += i
        hist[-1] += 1
    return hist


def grid(n):
    rows = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            rows[r][c] += r * c
            rows[c][r] -= 1
    return rows


def floats():
    values = [0.5, 1.5, 2.5]
    for i in range(3):
        values[i] += 1
        values[i] *= 2.0
    values[0] += "x" == "y"
    return values


def strings():
    words = ["a", "b"]
    words[0] += "c"
    words[1] *= 3
    words[-2] += words[-1]
    return words


def grown(items):
    items.extend(range(100))
    return 7


def cleared(items):
    items.clear()
    return 1


def boxed(items):
    items[0] = "now an object"
    return 0


def side_effects():
    items = [1, 2, 3]
    items[0] += grown(items)
    out = [items[0], len(items)]
    try:
        items[1] += cleared(items)
    except IndexError as e:
        out.append(str(e))
    fl = [1.0, 2.0]
    fl[1] += boxed(fl)
    out.append(fl)
    return out


def out_of_range():
    items = [1]
    try:
        items[3] += 1
    except IndexError as e:
        return str(e)


def swap_sum(items):
    for i in range(len(items) - 1):
        items[i] = items[i] + items[i + 1]
        items[i + 1] = items[i] - items[i + 1]
    return items


print(counts(23))
print(grid(4))
print(floats())
print(strings())
print(side_effects())
print(out_of_range())
print(swap_sum([1, 2, 3, 4]))
