# A counter factory with nonlocal: independent counters, reset through a
# second closure over the same cell, and the value read from outside.


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    def reset():
        nonlocal count
        old, count = count, 0
        return old

    return increment, reset


inc_a, reset_a = make_counter()
inc_b, _ = make_counter()
print(inc_a(), inc_a(), inc_b(), inc_a())
print(reset_a(), inc_a(), inc_b())


def accumulator():
    items = []
    total = 0

    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total, len(items)

    return add


acc = accumulator()
for value in [5, 10, 20]:
    print(acc(value))
