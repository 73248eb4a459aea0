# Ranges with bounds beyond 64 bits: construction, len, indexing, slicing, membership, index/count, hashing, equality and iteration.
B = 2**70
rs = [range(B), range(B, B + 10), range(B + 10, B, -3), range(-B, B, B // 3), range(0, B, B), range(B, 0), range(5, B, 2**65), range(10**19, 10**19 + 3), range(-2**63, -2**63 + 2), range(3)]
for r in rs:
    print(r, len(r) if len(range(0)) == 0 and r.stop - r.start < 2**63 * abs(r.step) else "big", bool(r), r.start, r.stop, r.step)
    print(list(r[:3]), list(r[-2:]), r[::2], r[1:-1], r[::-1], r[2**80:], r[-2**80::2**70])
    print(B + 5 in r, B in r, 0 in r, 7.0 in r if len(r[:100]) < 50 else None, (B + 1) in r)
    try:
        print(r[0], r[-1], r[2], r[2**80])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(r.index(B + 3), r.count(B + 3))
    except ValueError as e:
        print("ValueError", e)
    print(hash(r) == hash(r[:]), r == r[:], r == range(0), r != r[::1])
it = iter(range(B, B + 3))
print(type(it).__name__, next(it), list(it), list(reversed(range(B, B + 3))), type(reversed(range(B, B + 2))).__name__)
for i in range(B, B + 2):
    print(i, i - B)
for i in range(10**20, 10**20 - 3, -1):
    print(i)
try:
    print(len(range(B)))
except OverflowError as e:
    print("OverflowError", e)
print(range(0, 1) == range(0, B, B), range(B, B) == range(0), hash(range(0, 1)) == hash(range(0, B, B)), {range(B): 1}[range(B)])
print(range(3)[::2**63], range(3)[::-2**63], range(3)[2**63::-1], list(range(3)[::2**63]))
print(sum(range(B, B + 100)), max(range(B, B + 5)), sorted(range(B + 3, B, -1)), list(enumerate(range(B, B + 2))))
print(range(B, B + 10).index(B + 9), range(B, 2 * B, 3).count(B + 3), range(-B, B)[B], B * 2 in range(-B, 4 * B, 2))
