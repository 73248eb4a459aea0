# Optional floats, ints and instances (`x = None` on some paths) narrowed by `is None` / `is not None` tests, early return and continue in the None branch, and falsy values (0.0, 0) that must stay distinct from None
import math


def hit(d, limit):
    if d < 0.0:
        return None
    t = math.sqrt(d)
    return t if t > limit else None


def closest(ds, limit):
    best = None
    best_t = math.inf
    for d in ds:
        t = hit(d, limit)
        if t is not None and t < best_t:
            best, best_t = d, t
    return best, best_t


print(closest([4.0, -1.0, 9.0, 0.25, 0.0], 0.1))
print(closest([-1.0, -2.0], 0.1))
print(closest([0.0, 1.0], -1.0))


def first_index(xs, wanted):
    found = None
    for i, x in enumerate(xs):
        if x == wanted:
            found = i
            break
    if found is None:
        return -1
    return found * 10 + 1


print(first_index([3, 4, 5], 5), first_index([3, 4, 5], 9), first_index([0, 1], 0))


def sum_present(values):
    total = 0.0
    count = 0
    for v in values:
        if v is None:
            continue
        total += v * 2.0
        count += 1
    return total, count


print(sum_present([1.5, None, 0.0, None, -2.25]))


def falsy(values):
    out = []
    for v in values:
        if v:
            out.append("truthy")
        elif v is None:
            out.append("none")
        else:
            out.append("falsy " + repr(v))
    return out


print(falsy([0.0, None, 2.5, -0.0]))
print(falsy([0, None, 7]))


class Node:
    def __init__(self, value, link):
        self.value = value
        self.link = link


def walk(node):
    total = 0.0
    while node is not None:
        total += node.value
        node = node.link
    return total


chain = None
for k in range(5):
    chain = Node(k * 0.5, chain)
print(walk(chain), walk(None))


def last_value(node):
    if node is None:
        return None
    while node.link is not None:
        node = node.link
    return node.value


print(last_value(chain), last_value(None))


def maybe_scale(x, f):
    y = None if x is None else x * f
    return y if y is None else y + 1.0


print(maybe_scale(None, 2.0), maybe_scale(3.0, 2.0), maybe_scale(0.0, 2.0))
