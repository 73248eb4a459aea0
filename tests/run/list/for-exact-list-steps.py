# Checks for-loops over lists inference proves exact (stepped with no type
# test): growth and shrinking during the loop, float storage, slices,
# for-else, break, nested loops over one list, comprehensions and
# generators over such lists (a real iterator), and exhaustion.


def grow(n):
    items = [1, 2, 3]
    seen = []
    for x in items:
        if x < n:
            items.append(x + 3)
        seen.append(x)
    return seen


def shrink():
    items = [10, 20, 30, 40, 50, 60]
    seen = []
    for x in items:
        items.pop()
        seen.append(x)
    return seen, items


def cleared():
    items = [1, 2, 3]
    out = []
    for x in items:
        out.append(x)
        items.clear()
    return out


def floats(n):
    values = [0.5 * i for i in range(n)]
    total = 0.0
    for v in values:
        total += v
    for v in values[1:]:
        total -= v / 2
    return total


def mixed_storage():
    values = [1.5, 2.5]
    out = []
    for v in values:
        if len(values) < 4:
            values.append("s")
        out.append(v)
    return out


def search(items, wanted):
    for i in items:
        if i == wanted:
            break
    else:
        return "missing"
    return "found %d" % i


def pairs():
    xs = [1, 2, 3]
    out = []
    for a in xs:
        for b in xs:
            out.append(a * 10 + b)
    return out


def squares(xs):
    return [x * x for x in xs] + [x for x in xs[::-1] if x % 2]


def gen(xs):
    for x in xs:
        yield x + 1


def last_and_empty():
    empty = []
    x = "unset"
    for x in empty:
        pass
    items = [4, 5]
    for y in items:
        pass
    return x, y


def restart():
    items = [1, 2, 3]
    total = 0
    for _ in range(3):
        for x in items:
            if x == 2:
                break
            total += x
    return total


print(grow(8))
print(shrink())
print(cleared())
print(floats(10))
print(mixed_storage())
print(search([1, 2, 3], 2), search([1, 2, 3], 7))
print(pairs())
print(squares([1, 2, 3, 4, 5]))
print(list(gen([1, 2, 3])), sum(gen([10, 20])))
print(last_and_empty())
print(restart())
