# `for` loops over `range` with int bounds, which run without a range
# object: one, two and three arguments, negative steps, empty ranges, big
# ints beyond 64 bits, bounds computed in the loop header, a loop variable
# assigned in the body, nested loops, loops inside generators, and the
# errors of bounds that are not ints.
def total(a, b, c):
    s = 0
    for i in range(a):
        s += i
    for i in range(a, b):
        s += i * 2
    for i in range(b, a, -1):
        s += i * 3
    for i in range(a, b, 3):
        s += i * 5
    for i in range(c):
        i = 100
        s += i
    return s


print(total(5, 12, 3), total(0, 0, 0), total(-4, 3, -2), total(7, 2, 1))

big = 2**70
print([i - big for i in range(big, big + 3)])
n = 0
for i in range(big, big + 5, 2):
    n += i - big
print(n)
for i in range(-big, -big - 3, -1):
    print(i + big, end=" ")
print()


def gen(n):
    for i in range(n):
        for j in range(i, n):
            yield i * n + j


print(list(gen(4)), sum(gen(10)))


def grid(w, h):
    cells = []
    for y in range(h):
        for x in range(w - 1, -1, -1):
            cells.append((x, y))
    return cells


print(grid(3, 2))
for bad in (1.5, "3", None):
    try:
        for i in range(bad):
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    for i in range(0, 5, 0):
        pass
except ValueError as e:
    print("ValueError:", e)
for i in range(True, 3):
    print(i, end=" ")
print()
