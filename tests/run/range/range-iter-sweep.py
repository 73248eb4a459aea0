# iterating ranges: reversed, enumerate, zip, slicing then iterating, big and negative steps, equality and truth, repr of slices of ranges
for r in [range(5), range(1, 11, 4), range(10, -10, -7), range(-3), range(0, 1), range(3, 3)]:
    print(r, list(r), list(reversed(r)), list(enumerate(r))[:2], list(zip(r, 'abc')), sum(r), len(r), bool(r), r == range(r.start, r.stop, r.step))
r = range(0, 100, 3)
print(r[5:10], list(r[5:10]), r[::-1][:3], list(r[-3:]), r[10:2:-3], list(r[10:2:-3]), r.index(99), 99 in r, 98 in r, r.count(3))
big = range(10**20, 10**20 + 50, 7)
print(list(big)[:3], big[-1], len(big), list(reversed(big))[:2], 10**20 + 7 in big, big.index(10**20 + 49))
total = 0
for i in range(10, 0, -1):
    if i % 3 == 0:
        continue
    total += i
print(total, [i for i in range(20) if i % 7 == 3], max(range(-5, -1)), sorted(range(3), reverse=True))
