# Generators: infinite generators consumed by hand, take/drop helpers, cycles.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, iterable):
    it = iter(iterable)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def cycle(items):
    while True:
        for item in items:
            yield item


def squares():
    for n in naturals():
        yield n * n


print(take(5, naturals()))
print(take(12, fib()))
print(take(7, cycle("abc")))
print(take(6, squares()))
big = fib()
for _ in range(100):
    value = next(big)
print(value)
n = naturals()
while next(n) < 1000:
    pass
print(next(n))


def primes():
    found = []
    candidate = 2
    while True:
        is_prime = True
        for p in found:
            if p * p > candidate:
                break
            if candidate % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(candidate)
            yield candidate
        candidate += 1


print(take(15, primes()))
