# Checks for-loops over tuples inference proves exact (stepped with no type
# test): a global tuple constant, tuples of floats, strings and mixed
# items, nested loops over one tuple, for-else, break and continue, an
# empty tuple, a tuple rebuilt between loops, a comprehension and a
# generator over such a tuple (a real iterator), and the loop variable
# after the loop.

DIRECTIONS = (-11, -10, -9, -1, 1, 9, 10, 11)


def neighbours(square):
    out = []
    for step in DIRECTIONS:
        out.append(square + step)
    return out


def weights():
    total = 0.0
    for w in (0.25, 0.5, 1.5):
        total += w * 2
    return total


def words():
    out = ""
    for w in ("a", "bb", "ccc"):
        out += w.upper()
    return out


def mixed():
    seen = []
    for x in (1, "two", 3.0, None, (4, 5), [6]):
        seen.append(type(x).__name__)
    return seen


def pairs():
    t = (1, 2, 3)
    out = []
    for a in t:
        for b in t:
            if a == b:
                continue
            out.append(a * 10 + b)
    return out


def find(t, wanted):
    for i in t:
        if i == wanted:
            break
    else:
        return "missing"
    return "found %r" % (i,)


def empty_then_last():
    x = "unset"
    for x in ():
        pass
    for y in (7, 8):
        pass
    return x, y


def rebuilt(n):
    t = ()
    total = 0
    for k in range(n):
        t = t + (k,)
        for v in t:
            total += v
    return total


def big(n):
    t = (2**70, -(2**65), n)
    acc = 0
    for v in t:
        acc += v
    return acc


def squares(t):
    return [x * x for x in t], sum(x for x in t if x % 2)


print(neighbours(44))
print(weights())
print(words())
print(mixed())
print(pairs())
print(find((1, 2, 3), 2), find((1, 2, 3), 9), find(("a", "b"), "b"))
print(empty_then_last())
print(rebuilt(6))
print(big(5))
print(squares((1, 2, 3, 4, 5)))
