# range: negative steps, indexing, slicing, in, len of huge ranges, index/count, equality, repr, reversed
rs = [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5), range(5, 0), range(0, -10, -3), range(2**70, 2**70 + 10, 3)]
for r in rs:
    print(r, len(r), list(r)[:5], bool(r), r[0] if r else None, r[-1] if r else None)
    print('  ', r[::2], r[::-1], r[1:-1], r[-100:100], r[3:1], r[::-3], list(reversed(r))[:3])
    print('  ', [x in r for x in [0, 1, 4, 5, -3, 2**70 + 3, 2.0, 'a']])
big = range(-2**100, 2**100, 7)
print(len(big), big[10**20], big[-1], big.index(-2**100 + 70), big.count(0), 2**99 in big, big[1:2])
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(1, 2) == range(1, 3, 5), hash(range(3)) == hash(range(0, 3)))
print(range(10).index(3), range(10, 0, -1).count(3), range(5).start, range(5).stop, range(5).step, range(1, 9, 2).step)
for bad in [lambda: range(10)[10], lambda: range(0, 1, 0), lambda: range(5).index(9), lambda: range(1.5), lambda: len(range(2**64)),
            lambda: range(3)['a']]:
    try:
        bad()
    except (IndexError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(range(3, -4, -1)), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), range(0, -5, -1)[2])
