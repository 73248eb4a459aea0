# Generators and generator expressions with closures: cells, nonlocal, lambdas, decorators.
def f(n):
    return list(x + n for x in range(3))
print(f(1))
def counter(start):
    count = start
    def bump():
        nonlocal count
        count += 1
        return count
    def gen():
        while count < start + 3:
            yield bump()
    return gen()
print(list(counter(10)))
def outer(k):
    def inner():
        for i in range(k):
            yield i * k
    return inner
print(list(outer(3)()))
gen_l = lambda: (yield 1)
print(list(gen_l()))
def deco(fn):
    def wrap(n):
        return list(fn(n))
    return wrap
@deco
def d(n):
    yield from range(n)
print(d(4))
def nested_genexp(rows):
    return list(sum(v * m for v in row) for m, row in enumerate(rows))
print(nested_genexp([[1, 2], [3, 4], [5]]))
print([x for x in (y * 2 for y in range(3))])
def cellvar_gen():
    x = 0
    def get():
        return x
    for i in range(3):
        x = i
        yield get()
print(list(cellvar_gen()))
