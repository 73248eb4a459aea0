# set iteration order (CPython's table algorithm) for ints: growth, deletes and re-adds, negative numbers, large values, set algebra results
s = set()
for i in [5, 3, 17, 33, 1, 65, 129, -1, -8, 2**40, 2**61 - 1, 2**61, 100, 8, 16, 24, 32]:
    s.add(i)
    print(sorted(s) == sorted(set(s)), list(s)[:6])
print(s)
for x in [3, 33, 65, -1]:
    s.discard(x)
s.update([3, 1000, 7])
print(s, len(s))
a = set(range(0, 60, 7))
b = set(range(0, 60, 5))
print(a | b, a & b, a - b, b - a, a ^ b)
print({i * i % 23 for i in range(40)}, set(range(50, 0, -6)), {x for x in [10**6, 1, 10**12, 2, 10**18]})
c = set(range(20))
while len(c) > 12:
    c.pop()
print(c)
print(frozenset([9, 1, 5]) | {2}, {2} | frozenset([9, 1, 5]), set([1, 2, 3]) - frozenset([2]), {-5, -4, -3, 3, 4, 5})
