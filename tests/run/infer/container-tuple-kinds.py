# Tuple kinds with a kind per item: constant and negative indexing,
# variable indexing, unpacking, concatenation, iteration, nested tuples,
# tuples of lists whose lists are mutated, and tuples that mix kinds.


def constant_index():
    t = (1.5, 2.5, 3)
    a = t[0] + t[1]
    b = t[-1] * 2
    c = t[-3] - t[2]
    return a, b, c, type(t[2]).__name__


def variable_index(n):
    t = (0.5, 1.5, 2.5)
    s = 0.0
    for i in range(n):
        s += t[i % 3]
    m = (1, 2.0)
    kinds = [type(m[i]).__name__ for i in range(2)]
    return s, kinds


def unpacking():
    point = (3.0, 4.0)
    x, y = point
    triple = (1, "two", 3.0)
    i, s, f = triple
    return (x * x + y * y) ** 0.5, i + 1, s + "!", f / 2


def concat_and_loop():
    a = (1.0, 2.0)
    b = (3, 4)
    c = a + b
    total = 0.0
    for v in c:
        total += v
    names = []
    for v in c:
        names.append(type(v).__name__)
    return c, total, names


def nested():
    t = ((1.0, 2.0), (3, (4.5, "x")))
    inner = t[1][1]
    return t[0][1] + inner[0], inner[1], t[1][0] + 1


def tuple_of_lists():
    t = ([1.0, 2.0], [3, 4])
    t[0].append("three")
    t[1][0] = None
    first, second = t
    second.append(2.5)
    return t, [type(v).__name__ for v in first], first[-1], second[0]


def pairs_loop():
    pairs = [(1.0, 2), (3.0, 4)]
    s = 0.0
    for f, i in pairs:
        s += f * i
    pairs.append(("a", "b"))
    out = []
    for f, i in pairs:
        out.append(f * 2)
    return s, out


def short_tuples(flag):
    t = (1.0, 2.0)
    if flag:
        t = (1.0, 2.0, "three")
    return len(t), t[-1]


def tuple_escapes():
    inner = [1.0]
    t = (inner, 2.0)
    holder = [t]
    holder[0][0].append("via holder")
    return inner, t[1] + 1.0


print(constant_index())
print(variable_index(7))
print(unpacking())
print(concat_and_loop())
print(nested())
print(tuple_of_lists())
print(pairs_loop())
print(short_tuples(0), short_tuples(1))
print(tuple_escapes())
