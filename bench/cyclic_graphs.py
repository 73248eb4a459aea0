# Builds and drops a small cyclic object graph a million times: only a
# cycle-aware collector gets the memory back.
import sys


def build(i):
    a = [i]
    b = [a, i + 1]
    c = {"a": a, "b": b, "c": None}
    c["c"] = c
    a.append(c)
    b.append(b)
    return a


def main(n):
    total = 0
    for i in range(n):
        g = build(i)
        total += g[0] + g[1]["b"][1] - g[1]["c"]["a"][0]
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000000)
