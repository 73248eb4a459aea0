# Comprehensions and generator expressions get the cells of their
# enclosing function directly: a copy of the enclosing function (per
# argument kinds) gets its own copy of them, so the cells keep its kinds;
# a cell assigned different kinds, and a recursive closure.


def grid(n, k):
    return [[i * k + j for j in range(n)] for i in range(n)]


def sums(v, n):
    return [sum(v[j] * i for j in range(n)) for i in range(n)]


def mixed(flag):
    x = 1
    if flag:
        x = "one"
    total = [x for _ in range(2)]
    x = 2.5
    later = [x for _ in range(2)]
    return total, later


def counter(limit):
    count = 0

    def step(i):
        nonlocal count
        count += i
        if i < limit:
            step(i + 1)

    step(0)
    return count


print(grid(3, 2), grid(2, 0.5))
print(sums([1, 2, 3], 3), sums([0.5, 1.5], 2))
print(mixed(False), mixed(True))
print(counter(10), counter(3))
print(list(x * 2 for x in range(4)), list(x / 2 for x in [1.0, 3.0]))
