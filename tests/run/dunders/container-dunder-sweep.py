# Container special methods (__len__, __getitem__, __contains__, __iter__,
# __reversed__, __setitem__, __delitem__, __iadd__, ...) called directly on
# the built-in containers, with their errors.
def show(f):
    try:
        result = f()
    except Exception as e:
        return '%s(%s)' % (type(e).__name__, e)
    if isinstance(result, (set, frozenset)):
        return 'set%s' % sorted(result)
    return repr(result)
containers = ['hello', b'bytes', bytearray(b'ba'), [3, 1, 2], (4, 5), range(2, 9, 3), {'a': 1, 'b': 2}, {7, 8}, frozenset({9})]
keys = [0, -1, 1, 10, 'a', slice(1, None), slice(None, None, -1), 7, 'zz', 98]
for c in containers:
    print(type(c).__name__, show(lambda: c.__len__()))
    print('  getitem', [show(lambda: c.__getitem__(k)) for k in keys] if hasattr(c, '__getitem__') else '-')
    print('  contains', [show(lambda: c.__contains__(k)) for k in keys])
    print('  iter', show(lambda: list(c.__iter__())), show(lambda: list(c.__reversed__())) if hasattr(c, '__reversed__') else '-')
    print('  has', [hasattr(c, n) for n in ('__setitem__', '__delitem__', '__iadd__', '__imul__', '__ior__', '__hash__', '__reversed__')])
l = [1, 2, 3, 4]
print(show(lambda: l.__setitem__(slice(1, 3), ['x'])), l, show(lambda: l.__delitem__(-1)), l)
print(show(lambda: l.__setitem__(10, 0)), show(lambda: l.__delitem__('a')), show(lambda: l.__iadd__(5)))
d = {'a': 1}
print(show(lambda: d.__setitem__('b', 2)), show(lambda: d.__delitem__('zz')), show(lambda: d.__getitem__('q')), d)
ba = bytearray(b'abc')
print(show(lambda: ba.__setitem__(0, 65)), show(lambda: ba.__setitem__(1, 300)), show(lambda: ba.__iadd__(b'!')), ba)
s = {1}
print(show(lambda: s.__ior__({2})), show(lambda: s.__iand__([1])), show(lambda: s.__isub__({1})), s)
