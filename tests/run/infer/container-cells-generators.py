# Containers captured by comprehensions and generator expressions (through
# closure cells) and passed to generators keep their element kinds where
# every store is visible, and lose them where a closure, a generator's
# caller or a lambda can store into them.


def comprehension_reads(v, n):
    return [sum(v[j] * (i + 1) for j in range(n)) for i in range(n)]


def main_reads(n):
    u = [1.5] * n
    w = comprehension_reads(u, n)
    total = 0.0
    for x in w:
        total += x
    return total, w


def gen_appends(items):
    items.append("from generator")
    yield items[0] * 2
    items.append(None)
    yield len(items)


def generator_mutates():
    a = [1.5, 2.5]
    out = list(gen_appends(a))
    return out, a, [type(x).__name__ for x in a]


def gen_sum(values):
    s = 0.0
    for v in values:
        s += v
        yield s


def generator_reads():
    vals = [0.5, 1.5, 2.5]
    return list(gen_sum(vals)), vals


def closure_mutates():
    a = [1.0]
    add = lambda x: a.append(x)
    add("lambda")
    b = [2.0]
    doubled = [x * 2 for x in b]

    def inner():
        b.append("inner")

    inner()
    return a, b, doubled


def cell_rebinding(flag):
    x = 1.5
    if flag:
        x = "str"
    vals = [x for _ in range(2)]
    y = 2.5
    scaled = [y * i for i in range(3)]
    return vals, scaled


def generator_local_kinds(n):
    def count(limit):
        i = 0
        total = 0.0
        while i < limit:
            total += i * 0.5
            yield total
            i += 1

    return list(count(n))


def nested_generators(rows):
    return [list(x * 2 for x in row) for row in rows]


print(main_reads(3))
print(generator_mutates())
print(generator_reads())
print(closure_mutates())
print(cell_rebinding(True), cell_rebinding(False))
print(generator_local_kinds(4))
print(nested_generators([[1.0, 2.0], [3, "a"]]))
