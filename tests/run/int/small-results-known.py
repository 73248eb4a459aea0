# Int results that always fit an inline int whatever their operands
# (`a % b` of a small b, `a & c` with a constant c >= 0, `a >> b` and
# `a // c` of a small a, `|` and `^` of two small ints, string lengths and
# code points), used where the generated code then skips their tag tests:
# as operands of + and *, of further % and >>, and as list indices. Big
# operands, negative divisors and the edges of the inline range included.


def lcg(state, n, steps):
    picks = [0] * n
    for _ in range(steps):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = (state >> 8) % n
        picks[k] += 1
        picks[k - n] += k + 1
    return state, picks


def mixes(values, m):
    out = []
    for a in values:
        r = a % m
        q = a // 7
        s = a >> 3
        b = a & 0xFFFF
        c = (r | 5) ^ (r & 3)
        out.append((r + q * 2, s + 1, b * 3 + r, c - 1, (b >> 2) % 11))
    return out


def texts(words):
    total = 0
    for w in words:
        n = len(w)
        total += n * 3 + ord(w[0]) % 7 + (ord(w[-1]) >> 1)
    return total


edge = 2**62
values = [0, 1, -1, 7, -7, 123456789, -987654321, edge - 1, -edge, edge, -edge - 1, 2**100, -(2**100) + 3]
print(lcg(2024, 5, 1000))
print(lcg(7, 3, 50))
for m in (3, -3, 2**61, -(2**62), 1):
    print(m, mixes(values, m))
print(texts(["alpha", "Beta", "x", "\u00e9t\u00e9", "\U0001f600 smile"]))
