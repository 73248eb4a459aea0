# Range iterators stepped by loops that do not know the iterable is a
# range (comprehensions, generator expressions, an iterator passed
# around): negative steps, empty ranges, values at the edge of the inline
# int range and past it, and an iterator shared between loops.
print([x for x in range(10) if x % 3])
print([x for x in range(10, -10, -4)])
print([x for x in range(5, 5)], [x for x in range(5, 0)])
print(sum(x for x in range(-3, 4)))
big = 2**62
print([x for x in range(big - 3, big + 3)])
print([x for x in range(-big + 2, -big - 3, -1)])
print([x for x in range(big - 1, big + 10**20, 10**19)])
print([x for x in reversed(range(1, 10, 3))])
it = iter(range(6))
print(next(it))
for x in it:
    print("loop", x)
    if x == 3:
        break
print(list(it), list(it))


def take(iterator, n):
    return [x for _, x in zip(range(n), iterator)]


r = iter(range(0, 100, 7))
print(take(r, 3), take(r, 2), take(r, 100))
print({x: x * x for x in range(-2, 3)})
print(max(x * (10 - x) for x in range(11)))
