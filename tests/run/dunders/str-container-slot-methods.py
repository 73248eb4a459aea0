# Special methods of str, bytes, list, tuple, dict and set as attributes.
print('a'.__len__(), 'abc'.__getitem__(1), 'abc'.__contains__('bc'), 'ab'.__add__('c'))
print('ab'.__mul__(3), 'ab'.__rmul__(2), 'x=%d'.__mod__(5), 'ab'.__eq__('ab'), 'a'.__lt__('b'))
print('x'.__repr__(), 'x'.__str__(), 'é'.__len__(), 'ab'.__hash__() == hash('ab'))
print(str.upper('x'), str.join('-', ['a', 'b']), str.split('a b'), str.__len__('four'))
print(b'ab'.__len__(), b'ab'.__getitem__(0), b'ab'.__add__(b'c'), b'ab'.__contains__(98))
print([1].__getitem__(0), [1, 2].__len__(), [1, 2].__contains__(2), [1].__add__([2]), [1].__mul__(2))
print([3, 1].__eq__([3, 1]), [1].__lt__([2]), list.__len__([1, 2, 3]))
l = [1, 2, 3]
l.__setitem__(0, 10)
l.__delitem__(1)
print(l, l.__iadd__([4]), l, l.__imul__(2))
print(l.__reversed__().__next__(), l.__iter__().__next__(), list.__getitem__(l, -1))
print((1, 2).__contains__(2), (1, 2).__getitem__(1), (1, 2).__add__((3,)), (1,).__mul__(3))
print((1, 2).__len__(), (1, 2).__hash__() == hash((1, 2)), (1, 2).__lt__((1, 3)))
print({}.__contains__(1), {1: 2}.__getitem__(1), {1: 2}.__len__(), {1: 2}.__eq__({1: 2}))
d = {}
d.__setitem__('a', 1)
d.__setitem__('b', 2)
d.__delitem__('a')
print(d, {1: 2}.__or__({3: 4}), d.__ior__({5: 6}), dict.__getitem__(d, 'b'))
print({1, 2}.__and__({2, 3}), {1, 2}.__or__({3}), {1, 2}.__sub__({1}), {1, 2}.__xor__({2, 3}))
print({1}.__contains__(1), frozenset({1}).__len__(), {1}.__and__([1]), {1, 2}.__le__({1, 2, 3}))
s = {1}
print(s.__ior__({2}), s.__isub__({1}), s)
print([].__hash__ is None, {}.__hash__ is None, set().__hash__ is None, (1,).__hash__ is None)
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(3))
it = iter([1, 2])
print(it.__next__(), it.__next__(), it.__iter__() is it)
try:
    it.__next__()
except StopIteration:
    print('StopIteration')
print(len.__call__([1, 2]), (lambda x: x * 2).__call__(4), int.__call__('12'))
print((5).__class__, 'x'.__class__.__name__, [].__class__ is list)
print(object.__eq__(1, 1), type(object.__eq__(1, 'a')).__name__, object.__ne__(1, 2))
print(getattr([1, 2], '__len__')(), getattr('x', '__add__')('y'))
for name in ['__len__', '__add__', '__sub__', '__radd__', '__rmul__', '__mod__', '__iadd__', '__hash__']:
    print(name, hasattr('', name), hasattr([], name), hasattr((), name), hasattr(set(), name), hasattr({}, name))
try:
    [1].__add__((2,))
except TypeError as e:
    print('TypeError:', e)
try:
    'ab'.__add__(1)
except TypeError as e:
    print('TypeError:', e)
try:
    list.__len__('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    [].__getitem__(3)
except IndexError as e:
    print('IndexError:', e)
