# Generator expressions: their own scope, first iterable evaluated at once, lazy rest.
def noisy(tag, items):
    print("evaluating", tag)
    return items


g = (x for x in noisy("first", [1, 2]) for y in noisy("second", "ab"))
print("created")
print(next(g))
print(list(g))

x = "outer x"
squares = list(x * x for x in range(4))
print(squares, x)

try:
    gen = (1 / 0 for _ in range(3))
    print("not raised yet")
    next(gen)
except ZeroDivisionError as e:
    print("raised on next:", e)

try:
    (y for y in 5)
except TypeError as e:
    print("TypeError at creation:", e)

gen = (n for n in range(3))
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print(next(gen), list(gen), list(gen))

source = [1, 2, 3]
lazy = (v * 10 for v in source)
source.append(4)
print(list(lazy))
rebound = [1, 2]
fixed = (v for v in rebound)
rebound = [9, 9, 9]
print(list(fixed))


def uses_params(items):
    return list(i + 1 for i in items)


print(uses_params([10, 20]))
print(sum(v for v in (w for w in range(5))))
