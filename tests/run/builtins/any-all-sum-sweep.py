# any/all short-circuiting on generators, sum with start and floats (CPython's compensated float sum), sum of big ints and bools
seen = []
def gen(values):
    for v in values:
        seen.append(v)
        yield v
print(any(gen([0, 0, 3, 4])), seen)
seen.clear()
print(all(gen([1, 2, 0, 5])), seen)
print(any([]), all([]), any([[]]), all([[]]), any('0'), all(''), any(x for x in ()), all(range(1, 5)), any(range(0)))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum(x / 10 for x in range(10)), sum([1, 2.5, 3]), sum([], 0.0))
print(sum([2**70, 2**70]), sum([True, False, True]), sum(range(10**6)), sum([[1], [2], [3]], []), sum(((1,), (2,)), ()), sum([1j, 2]))
print(sum([1, 2], start=10), sum(iter([5, 5])), sum([-0.0]), sum([-0.0], -0.0), sum([float('inf'), 1]), sum([float('inf'), -float('inf')]))
for bad in [lambda: sum(['a']), lambda: sum([1], 'x'), lambda: sum([b'a'], b''), lambda: sum(5), lambda: any(5)]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
