# Spectral norm: the largest singular value of an infinite matrix,
# approximated by power iteration; nested loops over float lists.
import math
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n):
    return [sum(entry(i, j) * v[j] for j in range(n)) for i in range(n)]


def times_transposed(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out.append(acc)
    return out


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print(f"{math.sqrt(vbv / vv):.9f}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 700)
