# set/frozenset methods and operators on ints: union/intersection/difference/symmetric_difference (method and operator forms), in-place forms, subset tests
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([9], (10,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 7]))
print(a <= b, a < a, a <= a, {3} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]))
s = set(a); s |= {8}; s &= {1, 2, 8, 9}; s -= {2}; s ^= {100, 1}; print(s)
s = set(a); s.update([7], {8}); s.intersection_update(range(5, 10), {7, 8, 9}); print(s)
s = set(a); s.difference_update([1, 2]); s.symmetric_difference_update([3, 99]); print(s)
s = set(a); s.add(0); s.discard(42); s.discard(0); s.remove(1); print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print(e)
f = frozenset([3, 1, 2])
print(f, f | {9}, f & a, type(f | {9}).__name__, type({9} | f).__name__, frozenset(), set(), hash(f) == hash(frozenset([1, 2, 3])))
print({1, 2} == frozenset([1, 2]), set('aab') == {'a', 'b'}, len(set(range(100))), sorted({-1, -2, 5}), {True, 1, 1.0})
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
print(set(range(20, 0, -3)), {x % 7 for x in range(30)}, {-5, 5, 0, 1000, -1000}, a.copy(), set([2**70, 1, -1]))
x = set(a); x.clear(); print(x, bool(x), 3 in a, 9 not in a)
