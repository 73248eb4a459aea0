# Generators: many locals and parameters kept across suspensions, defaults, keywords.
def stats(values, scale=1, label="stats"):
    count = 0
    total = 0
    smallest = None
    largest = None
    for v in values:
        v = v * scale
        count += 1
        total += v
        if smallest is None or v < smallest:
            smallest = v
        if largest is None or v > largest:
            largest = v
        yield (label, count, total, smallest, largest)


for row in stats([4, 1, 7]):
    print(row)
print(list(stats([2, 3], scale=10, label="scaled")))
print(list(stats(values=[1], label="kw")))


def swap_forever(a, b):
    while True:
        yield a, b
        a, b = b, a


s = swap_forever("x", "y")
print(next(s), next(s), next(s))


def big_ints():
    n = 2 ** 64
    while True:
        yield n
        n = n * n


b = big_ints()
print(next(b))
print(next(b))
f = (x / 2 for x in range(3))
print(list(f))
