# dict() and update() from mappings, pairs, keywords and mixes; setdefault/get/pop defaults; key equality across int/float/bool
print(dict(), dict({}), dict(a=1), dict([('a', 1)], b=2), dict({'a': 1}, a=2), dict(zip(range(3), 'abc')), dict(((1, 2),)))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, {0: 'a', 0.0: 'b', False: 'c', -0.0: 'd'}, {1: 1, 2: 2}.get(2.0), 1.0 in {1: 0}, {2**70: 'big'}.get(float(2**70)))
u = {}
u.update({'x': 1})
u.update([('y', 2)], z=3)
u.update(())
u.update(w=0)
print(u, u.setdefault('x', 99), u.setdefault('q'), u, u.pop('q'), u.pop('nope', None), u.get('nope', []))
for bad in [lambda: dict([[1, 2, 3]]), lambda: dict(['ab', 'c']), lambda: {}.update(1), lambda: {}.update([1]), lambda: dict({}, {}),
            lambda: {}.pop(), lambda: {}.setdefault(), lambda: {[]: 1}]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(dict.fromkeys(range(3), []), {k: k * k for k in range(5) if k % 2}, {**{'a': 1}, 'b': 2, **{'a': 3}})
