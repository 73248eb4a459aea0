# Comprehensions reading variables of the enclosing function: the value at
# each call, unbound variables, stores through `:=`, other closures.
def per_call(rows):
    out = []
    for scale in range(3):
        out.append([x * scale for x in rows])
    scale = "s"
    out.append([scale + str(x) for x in rows])
    return out


def maybe_unbound(flag, items):
    if flag:
        k = 10
    try:
        return [x + k for x in items]
    except NameError as e:
        return "NameError: " + str(e)


def unbound_but_empty(flag):
    if flag:
        k = 1
    return [k for _ in []]


def walrus(items):
    total = 0
    seen = [(total := total + x) for x in items]
    return seen, total


def shared_with_lambda(items):
    k = 2
    f = lambda: k
    r = [x * k for x in items]
    k = 3
    return r, f()


def with_genexp(items):
    k = 5
    g = (x + k for x in items)
    k = 7
    return list(g), [x + k for x in items]


def nested(matrix):
    k = 2
    return [[v * k for v in row] for row in matrix], {i: i * k for i in range(3)}, {v % k for v in range(5)}


def deleted(items):
    k = 4
    r = [x + k for x in items]
    del k
    try:
        return r, [x + k for x in items]
    except NameError as e:
        return r, "NameError: " + str(e)


def read_after(items):
    k = 1
    r = [x + k for x in items]
    k += 10
    return r, k


print(per_call([1, 2]))
print(maybe_unbound(True, [1, 2]), maybe_unbound(False, [1, 2]), maybe_unbound(False, []))
print(unbound_but_empty(False))
print(walrus([1, 2, 3]))
print(shared_with_lambda([1, 2]))
print(with_genexp([1, 2]))
print(nested([[1, 2], [3]]))
print(deleted([1]))
print(read_after([1, 2]))
