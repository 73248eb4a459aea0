# hash() of ints (incl. -1, huge, modulus boundaries), floats (fractions, -0.0, inf), bools, None-free tuples, frozensets of ints, str/bytes equality
ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**63, -(2**61), 2**100, -(2**100), 10**30]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 0.5, 1.5, -1.5, 1e100, 1e-100, float('inf'), float('-inf'), 2.0**61, 3.14159, 1e308]
print([hash(f) for f in floats])
print(hash(True), hash(False), hash(1.0) == hash(1) == hash(True), hash(2**61 - 1) == hash(0))
tuples = [(), (1,), (1, 2), (2, 1), ((1, 2), 3), (1.5, -1), (True, 0.0)]
print([hash(t) for t in tuples])
print(hash(frozenset()), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset([1, 2, 3])))
print(hash('abc') == hash('abc'), hash(b'abc') == hash('abc'), hash('') == 0, hash(b'') == 0, hash(range(3)) == hash(range(0, 3, 1)))
for bad in [[], {}, set(), ([],), {1: 2}]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
