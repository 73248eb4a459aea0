# A closure generator called directly gets a typed copy with its own
# resume function, and the cells it shares with its enclosing function keep
# the kinds stored into them: ints stay ints, a nonlocal rebinding to
# another kind widens the cell, and the same generator reached through its
# function object (generic entry) with other argument kinds still works.


def counts(n):
    seen = set()
    found = []

    def walk(depth, total):
        if depth == n:
            yield total
            return
        for step in range(1, 3):
            if total + step in seen:
                continue
            seen.add(total + step)
            found.append(step)
            yield from walk(depth + 1, total + step)
            found.pop()
            seen.discard(total + step)

    return walk(0, 0), walk


gen, walk = counts(3)
print(list(gen))
print(list(walk(1, 0.5)))
print(list(walk(2, 10)))


def scaled(k):
    factor = k

    def gen(limit):
        nonlocal factor
        for i in range(limit):
            yield i * factor
            if i == 2:
                factor = 1.5

    return gen(5)


print(list(scaled(3)))


def chain(n):
    def inner(level):
        if level < n:
            x = yield from inner(level + 1)
            yield level + x
        return level * 10

    return inner(0)


g = chain(3)
print(list(g))

g = chain(2)
print(next(g), g.send(None))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown:", e)
print(list(g))
