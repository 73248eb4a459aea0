# hash() agrees with == across int, float, bool, complex, and for str,
# bytes, tuples and frozensets (deterministic parts only).
numbers = [0, 1, -1, 2**61 - 1, 2**61, -(2**61), 2**64, 10**20, 0.5, -0.5, 1.0, 2.0**61, 1e20, True, False, 1 + 0j, 2j, 0.0, -0.0]
for a in numbers:
    for b in numbers:
        if a == b and hash(a) != hash(b):
            print('hash mismatch', repr(a), repr(b))
print([hash(n) for n in numbers if not isinstance(n, complex)])
print(hash(float('inf')), hash(float('-inf')), hash(-1), hash(-2), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset({1, 2})) == hash(frozenset({2.0, 1})), hash(()) == hash(()), hash('') == hash(''))
print(hash(b'ab') == hash('ab'.encode()), hash(3 + 0j) == hash(3), hash(complex(1, 1)))
for bad in ([], {}, {1}, bytearray(b'x'), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
