# sets and frozensets of mixed hashables (ints, floats equal to ints, tuples, frozensets): equality, membership, dedup by equality
s = {1, 1.0, True, 2, 2.5, (1, 2), frozenset({1}), -1, 0, False, 0.0}
print(len(s), 1 in s, 2.0 in s, (1, 2) in s, frozenset([1]) in s, {1} <= s if False else 'skip', sorted(x for x in s if isinstance(x, int)))
f = frozenset([frozenset([1, 2]), frozenset([2, 1]), frozenset()])
print(len(f), frozenset() in f, {frozenset([3]): 'v'}[frozenset({3})], set([(1, 2), (1, 2), (2, 1)]) == {(1, 2), (2, 1)})
a = {1, 2, 3}
print(a == {3, 2, 1}, a == frozenset(a), a != {1}, a.union() == a, a.intersection() == a, a.difference() == a, a.issubset(a), a.issuperset(set()))
try:
    {1} < [1]
except TypeError as e:
    print(e)
try:
    {frozenset(), set()}
except TypeError as e:
    print(e)
print({1, 2} | {2.0}, {1.0, 2} & {1}, {x % 3 for x in range(10)} - {0}, set('abc') == set('cab'), len({'a', 'a', 'b'}))
