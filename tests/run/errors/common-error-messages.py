# the messages of common runtime errors: type mismatches, bad indices, missing keys/attributes, conversions, unpacking, calls
def f(a, b=1, *, c):
    return a
NONE, TEXT, FIVE = None, 'abc', 5
class C:
    def m(self):
        return 1
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + 'a', lambda: 'a' * 'b', lambda: -'a', lambda: ~1.5, lambda: 1 < 'a',
    lambda: [1, 2][5], lambda: (1,)[-2], lambda: 'ab'[9], lambda: {'a': 1}['b'], lambda: {}[()], lambda: [][0:1:0],
    lambda: None.x, lambda: (1).nope, lambda: C().zzz, lambda: C.zzz, lambda: 'abc'.nope(),
    lambda: int('x'), lambda: float('y'), lambda: int(None), lambda: len(1), lambda: iter(1), lambda: next(iter([])),
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, c=1, d=2), lambda: f(1, a=2, c=3), lambda: C().m(1),
    lambda: [1, 2].index(3), lambda: 'abc'.index('z'), lambda: [].pop(), lambda: {1}.remove(2), lambda: (1, 2).count(),
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** -1 // 0, lambda: divmod(1, 0),
    lambda: NONE(), lambda: TEXT(), lambda: FIVE[0], lambda: {}.get(), lambda: sorted([1, 'a']), lambda: max([]),
    lambda: chr('a'), lambda: ord(1), lambda: 'a'.join([1]), lambda: '%d' % 'x', lambda: '{}'.format(), lambda: [1][NONE],
    lambda: dict(1), lambda: list(1), lambda: tuple(None), lambda: set(5), lambda: range('a'), lambda: str(b'x', 'nope'),
]
for case in cases:
    try:
        case()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
a = b = None
for value in [[1], [1, 2, 3], 5, 'abcd']:
    try:
        a, b = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
