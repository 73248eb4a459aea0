# dict views: iteration order after deletes and re-inserts, set operations with other iterables, len/contains, live updates, comparisons
d = {}
for k in 'hello world':
    d[k] = d.get(k, 0) + 1
print(d, list(d), list(d.values()), list(d.items())[:3])
del d['l']
d['l'] = 9
d.pop('h')
d['h'] = 0
print(d)
keys = d.keys()
items = d.items()
d['new'] = 1
print(len(keys), 'new' in keys, ('new', 1) in items, list(keys)[-1])
print(sorted(keys - 'ow'), sorted(keys & 'low'), sorted(keys | ['x']), sorted(keys ^ 'hz'), sorted(items - {('h', 0)})[:2])
print(keys == set(d), items == set(d.items()), d.values() == d.values(), keys > {'h'}, keys < set('hello world new'))
print({1: 'a'}.keys() == {1: 'b'}.keys(), {1: 'a'}.items() == {1: 'b'}.items(), {}.keys() == set(), list({}.items()))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), max(d, key=d.get), min(d.values()), sum(d.values()))
print(dict(zip('abc', range(3))), dict(enumerate('xy')), {k: v for k, v in zip('ab', 'cd')}, list(reversed(d.items()))[:2])
try:
    keys[0]
except TypeError as e:
    print(e)
for i, (k, v) in enumerate(d.items()):
    if i > 2:
        break
    print(i, k, v)
