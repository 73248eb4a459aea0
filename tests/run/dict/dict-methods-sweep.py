# dict methods and operators: get/setdefault/pop/popitem/update/fromkeys/copy/clear, views with set operations, |, |=
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('d', 4), d)
print(d.pop('d'), d.pop('z', 'dflt'), d)
try:
    d.pop('z')
except KeyError as e:
    print('KeyError', e)
e = dict(d); print(e.popitem(), e.popitem(), e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
u = dict(d); u.update({'b': 20, 'x': 0}); u.update([('y', 1)]); u.update(z=26); print(u)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, w=1))
k = d.keys(); v = d.values(); i = d.items()
print(k, v, i, len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), sorted(i & {('a', 1)}))
print(k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(d | {'d': 4}, {'a': 0} | d, d)
m = dict(d); m |= {'a': 100}; m |= [('q', 1)]; print(m)
try:
    d | [('a', 1)]
except TypeError as e:
    print(e)
c = d.copy(); c['new'] = 1; print(d, c, c == d, {1: 2} == {1: 2.0})
c.clear(); print(c, bool(c))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
nested = {'x': {'y': [1, {'z': None}]}, 1: (2,), None: True, 2.5: 'f'}
print(nested, repr(nested))
r = {}; r['self'] = r; print(r)
it = iter(d)
try:
    d['new'] = 1
    next(it)
except RuntimeError as e:
    print(e)
print(list(d.items()), {k: v for k, v in sorted(d.items(), reverse=True)})
