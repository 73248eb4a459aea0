# str.format: auto/manual numbering, attributes, indices, nested specs, conversions, format_map, escapes
class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return 'P<' + spec + '>'
d = {'a': 1, 'b': [5, 6], 'name': 'bob'}
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'))
print('{a} {b[1]} {name!r} {name!s:>6}'.format(**d))
print('{0.x} {0.y[0]} {0:spec}'.format(P()))
print('{:{}}|{:{}.{}}|{:>{w}}'.format('ab', 5, 3.14159, 8, 3, 'z', w=4))
print('{{}} {{{}}} }}{{'.format(7))
print('{!a} {!r} {!s}'.format('é', 'é', 'é'))
print('{0[0]}{0[1]}'.format('xy'), '{[k]}'.format({'k': 'v'}))
print('{:*^10}|{:+d}|{:#x}|{:,}|{:_b}|{:e}|{:%}'.format('mid', 5, 255, 1234567, 255, 12345.678, 0.25))
print('{name} is {age}'.format_map({'name': 'x', 'age': 3}))
class M:
    def __getitem__(self, k):
        return '<' + k + '>'
print('{a} {zzz}'.format_map(M()))
for fmt, args in [('{', ()), ('}', ()), ('{0}', ()), ('{1}', (1,)), ('{a}', ()), ('{0!x}', (1,)), ('{:d}', ('s',)),
                  ('{0} {}', (1, 2)), ('{} {0}', (1, 2)), ('{0.nope}', (1,)), ('{0[5]}', ([1],)), ('{:abc}', (1,))]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
