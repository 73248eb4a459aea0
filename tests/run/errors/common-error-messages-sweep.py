# The exception type and message of everyday failures, as CPython words them.
import math
five, nothing = 5, None
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (2,), lambda: 1 < 'a', lambda: [] < {},
    lambda: five[0], lambda: nothing[0], lambda: len(5), lambda: [1][3], lambda: (1,)[-2],
    lambda: 'abc'[10], lambda: {}['k'], lambda: {}[[1]], lambda: {[1]: 2}, lambda: set([[1]]),
    lambda: int('x'), lambda: int('12', 2), lambda: int(''), lambda: float('abc'), lambda: int(None),
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
    lambda: math.sqrt(-1), lambda: 2 ** -1 % 0, lambda: pow(2, -1, 4), lambda: (1).to_bytes(0, 'big'),
    lambda: None.attr, lambda: (5).x, lambda: 'a'.nope(), lambda: [].nope, lambda: object().x,
    lambda: iter(5), lambda: next(iter([])), lambda: next(5), lambda: list(5), lambda: sorted([1, 'a']),
    lambda: max([]), lambda: min(), lambda: sum(['a', 'b']), lambda: chr(-1), lambda: ord('ab'),
    lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(5), lambda: 'abc'.index('z'), lambda: (1,).index(2),
    lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2), lambda: 'a'.join([1]), lambda: ', '.join(5),
    lambda: 'x' * 'y', lambda: [1] * 1.5, lambda: -'a', lambda: ~1.5, lambda: abs('a'),
    lambda: hash([]), lambda: hash({}), lambda: int.from_bytes('x', 'big'), lambda: bytes('abc'), lambda: bytes(-1),
    lambda: 'abc'.encode('nope'), lambda: b'\xff'.decode(), lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '{}'.format(),
    lambda: '{0}{1}'.format(1), lambda: '{x}'.format(y=1), lambda: format(1, 'q'), lambda: format('a', 'd'), lambda: round('a'),
    lambda: range(1.5), lambda: range(0, 5, 0), lambda: slice(1)[0], lambda: isinstance(1, 2), lambda: issubclass(1, int),
    lambda: getattr(1, 2), lambda: setattr(1, 'x', 2), lambda: delattr([], 'x'), lambda: callable(), lambda: zip(1),
    lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: tuple(5), lambda: enumerate(5), lambda: type(reversed({})).__name__,
]
for i, case in enumerate(cases):
    try:
        result = case()
        print(i, 'ok', repr(result))
    except Exception as e:
        print(i, type(e).__name__, e)
a, b = 1, 2
for source in ([1, 2, 3], [1], 'abcd', (1,)):
    try:
        a, b = source
    except ValueError as e:
        print('ValueError', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError', e)
