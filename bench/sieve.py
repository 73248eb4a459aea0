# Sieve of Eratosthenes over a bytearray, then sums over the primes that
# outgrow 64 bits: the sum of p**4, the product of the first primes
# (a primorial) and an alternating sum of 2**p reduced at the end.
import sys


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    p = 2
    while p * p <= limit:
        if flags[p]:
            flags[p * p :: p] = bytes(len(range(p * p, limit + 1, p)))
        p += 1
    return [i for i, flag in enumerate(flags) if flag]


def sieve_odd_only(limit):
    """The same primes from a plain list of booleans over the odd numbers."""
    size = (limit - 1) // 2
    odd = [True] * size  # odd[i] stands for 2 * i + 3
    i = 0
    while True:
        p = 2 * i + 3
        if p * p > limit:
            break
        if odd[i]:
            for j in range((p * p - 3) // 2, size, p):
                odd[j] = False
        i += 1
    return [2] + [2 * i + 3 for i in range(size) if odd[i]]


def main(limit):
    primes = sieve(limit)
    assert primes == sieve_odd_only(limit)
    print(f"{len(primes)} primes below {limit}, the largest {primes[-1]}")
    print(f"sum of p**4: {sum(p**4 for p in primes)}")
    first = primes[:1000]
    primorial = 1
    for p in first:
        primorial *= p
    digits = str(primorial)
    print(f"primorial of the first {len(first)} primes: {len(digits)} digits, {digits[:20]}...{digits[-20:]}")
    alternating = 0
    for k, p in enumerate(primes[:3000]):
        alternating += (-1) ** k * (1 << (p % 4096))
    print(f"alternating sum of 2**(p % 4096) mod 10**30: {alternating % 10**30}")
    gaps = {}
    for a, b in zip(primes, primes[1:]):
        gaps[b - a] = gaps.get(b - a, 0) + 1
    common = sorted(gaps.items(), key=lambda item: (-item[1], item[0]))[:5]
    print(f"most common gaps: {common}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000000)
