# Calls with *seq and **mapping, * and ** in displays, starred assignment
# targets, with CPython's error messages.


def f(a, b, c=3):
    return a, b, c


print(f(*[1, 2]), f(*(1,), **{"b": 5}), f(1, *range(2, 4)))
print(f(**{"a": 7, "b": 8, "c": 9}), f(*"xy"))
print([*range(3), *"ab"], (*[1, 2], 3), sorted({*[1, 2], *(2, 3)}))
base = {"a": 1, "b": 2}
print({**base, "b": 20, **{"c": 3}})
a, *rest = [1, 2, 3, 4]
print(a, rest)
first, *middle, last = "hello"
print(first, middle, last)
*init, tail = range(3)
print(init, tail)
[p, *q] = (9,)
print(p, q)
for head, *others in [(1, 2, 3), (4,)]:
    print(head, others)

for thunk in [
    lambda: f(**1),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(*1),
    lambda: print(*5),
    lambda: {**1},
    lambda: [*1],
    lambda: f(**{1: 2}),
    lambda: f(1, 2, **{"a": 3}),
    lambda: f(*[1, 2, 3, 4]),
]:
    try:
        thunk()
    except TypeError as exc:
        print(type(exc).__name__, exc)
try:
    x, *y, z = [1]
except ValueError as exc:
    print(type(exc).__name__, exc)
try:
    x, *y = 5
except TypeError as exc:
    print(type(exc).__name__, exc)
