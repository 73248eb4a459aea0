# big-int arithmetic sweep: + - * // % divmod ** << >> & | ^ and comparisons across the small/big boundary, signs, str/hex/bin of big values
vals = [0, 1, -1, 2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**63, 2**64 - 1, -(2**64), 3**50, -(7**30), 10**25 + 7]
for a in vals[:8]:
    row = []
    for b in vals:
        row.append((a + b, a - b, a * b) if True else None)
        if b:
            row.append(divmod(a, b))
    print(a, hash(tuple(row)) == hash(tuple(row)), row[:4])
for a in vals:
    print(a, a // 3, a % 3, a // -7, a % -7, -a, abs(a), a << 5, a >> 5, a & 0xFFFF, a | 0x10, a ^ (2**65), ~a)
    print('  ', hex(a), oct(a), bin(a)[:20], str(a)[:20], len(str(a)), a == float(a) if abs(a) < 2**63 else a > 0)
print(sorted(vals), max(vals), min(vals), sum(vals), 2**64 // 2**32, (2**64 - 1) % 2**32, pow(3, 200, 2**61 - 1))
print((2**100 + 1) * (2**100 - 1) == 2**200 - 1, 10**30 // 10**15, -(10**30) // 10**15 + 1, 10**18 * 10 // 10)
