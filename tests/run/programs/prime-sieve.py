# The sieve of Eratosthenes with a list of bools, checked against trial
# division, plus prime gaps, twin primes and a factorisation helper.
# Catches integration bugs in list indexing, while/for loops and ints.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            multiple = p * p
            while multiple <= limit:
                is_prime[multiple] = False
                multiple += p
        p += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes


def is_prime_slow(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorise(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


primes = sieve(1000)
print("primes below 1000:", len(primes))
print("first 15:", primes[:15])
print("last 5:", primes[-5:])
mismatches = 0
for n in range(1001):
    if (n in primes) != is_prime_slow(n):
        mismatches += 1
print("mismatches with trial division:", mismatches)
gaps = {}
largest_gap = (0, 0, 0)
for i in range(1, len(primes)):
    gap = primes[i] - primes[i - 1]
    gaps[gap] = gaps.get(gap, 0) + 1
    if gap > largest_gap[0]:
        largest_gap = (gap, primes[i - 1], primes[i])
print("gap counts:", sorted(gaps.items()))
print("largest gap:", largest_gap)
twins = []
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twins.append((primes[i - 1], primes[i]))
print("twin pairs:", len(twins), twins[-3:])
for n in [360, 97, 1001, 2 ** 31 - 1, 600851475143]:
    print(n, "=", " * ".join(map(str, factorise(n))))
print("sum of primes below 1000:", sum(primes))
