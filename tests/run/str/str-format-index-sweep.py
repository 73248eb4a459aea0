# str.format field names: positional/keyword mixes, nested indices and attributes, conversions with specs, numeric keys on dicts/lists
data = {'a': [10, 20, {'deep': 'x'}], 'b': (1, 2)}
class Box:
    def __init__(self):
        self.inner = {'k': ['v0', 'v1']}
        self.n = 3.5
box = Box()
print('{0[a][2][deep]} {0[b][1]} {1.inner[k][1]} {1.n:08.3f}'.format(data, box))
print('{x[0]}{x[1]}{y!r:>6}{z!s:<4}|'.format(x='ab', y='q', z=5))
print('{0}{1}{0}{2!r}'.format(*'xyz'), '{a}{b}'.format(**{'a': 1, 'b': 2}), '{0[0]:^7}'.format(['mid']))
print('{:>{width}.{prec}f}|{:^{width}}'.format(3.14159, 'c', width=9, prec=2), '{0:{1}{2}}'.format(42, '>', 6))
print('{0!r:^12}|{0!s:*<8}|{0!a}'.format('é'), '{:,}'.format(-1234567.891), '{:_}'.format(10**12), '{:#_x}'.format(2**40))
for fmt, args, kwargs in [('{0[1]}', ([1],), {}), ('{a[x]}', (), {'a': {}}), ('{0.missing}', (1,), {}), ('{0:{1}}', (1,), {}),
                          ('{!}', (1,), {}), ('{0!rr}', (1,), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{0[}', (1,), {}), ('{0]}', (1,), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
