# sorted/list.sort: stability with keys, reverse keeps stability, key=None, mixed int/float/bool, tuples, errors raised by keys
records = [('bob', 3), ('amy', 1), ('cat', 3), ('dan', 2), ('eve', 1), ('fay', 2), ('gus', 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=None), sorted(records, reverse=True)[:2])
print(sorted([3, 1.5, True, 0, -2, 2.0, 2]), sorted([2.0, 2, 2.0, 2], key=lambda x: 0), sorted([-0.0, 0.0, 0, -0.0]))
print(sorted('Mississippi'), sorted('Mississippi', key=str.lower, reverse=True), sorted(set('hello')), sorted({'b': 1, 'a': 2}.values()))
l = [5, 3, 5, 1, 3]
l.sort(key=lambda x: -x)
print(l, sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), max(words, key=len), min(words, key=len))
def bad_key(x):
    if x == 3:
        raise ValueError('no threes')
    return x
for data in [[1, 2, 3], [1, 'a'], [None, 1]]:
    try:
        print(sorted(data, key=bad_key))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(e)
