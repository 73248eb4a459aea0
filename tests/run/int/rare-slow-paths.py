# Slow paths the types make rare (an int operation that leaves the inline
# range, a big int compared or converted to a float, a list index out of
# range, an allocation that collects) call the runtime through trampolines
# that keep every register: floats and ints live across them in the loop
# must come back intact, and their errors must propagate.


def accumulate(n, start):
    # `x` leaves the inline range partway through; `acc`, `scale` and
    # `count` live across every slow call.
    acc = 0.0
    scale = 1.5
    count = 0
    x = start
    for i in range(n):
        x = x * 3 + i
        acc += scale * (x % 7)
        if x > 10**30:
            x = x // 10**25
        count += 1
    return acc, count, x


def compare_big(values, limit):
    hits = 0
    total = 0.0
    for v in values:
        if v < limit:
            hits += 1
        total += v
    return hits, total


def mixed_index(items, keys):
    total = 0.0
    misses = 0
    for k in keys:
        try:
            total += items[k]
        except IndexError:
            misses += 1
    return total, misses


def store_index(items, keys, value):
    done = 0
    for k in keys:
        try:
            items[k] = value
            done += 1
        except IndexError:
            done -= 100
    return done, items


def boxes(n):
    # Every turn boxes floats (the allocation's slow path collects now and
    # then) while `a` and `b` stay live.
    a = 0.25
    b = 0.5
    kept = []
    for i in range(n):
        kept.append(a * i + b)
        if len(kept) > 100:
            kept = kept[50:]
        a += 1e-6
        b -= 1e-7
    return round(a, 9), round(b, 9), len(kept), round(sum(kept), 3)


def divide(n, d):
    acc = 0.5
    for i in range(n):
        acc += i // d
    return acc


print(accumulate(200, 7))
print(accumulate(50, 2**62 - 5))
print(compare_big([1, 2**70, -(2**65), 5, 2**64], 2**64))
print(mixed_index([1.5, 2.5, 3.5], [0, 1, -1, 3, -4, 2, 10**20 - 10**20]))
print(store_index([0, 0, 0], [0, 2, -1, 5, -3], 9))
print(boxes(20000))
print(divide(10, 3))
try:
    print(divide(10, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(float(2**80) + 0.5, float(-(2**63)))
big = 2**62
acc = 0.0
for i in range(4):
    big = big + big
    acc += big
print(big, acc)
print(divide(5, 0))
