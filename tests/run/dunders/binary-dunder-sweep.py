# Every binary special method of the numeric and sequence built-ins called
# directly on many operand pairs: the result, NotImplemented, or the error.
values = [0, 7, -3, True, 2.5, -0.0, 10**20, 'ab', b'xy', [1], (2,), {1, 2}, frozenset({3}), {'k': 1}, None, 1j]
names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
         'and', 'or', 'xor', 'divmod']
for prefix in ('', 'r'):
    for name in names:
        dunder = '__%s%s__' % (prefix, name)
        row = []
        for a in values:
            method = getattr(a, dunder, None)
            if method is None:
                continue
            if name in ('pow', 'lshift') and a == 10**20:
                # 3 ** 10**20 and 3 << 10**20 do not fit in memory.
                continue
            for b in (3, -2, 0.5, True, 'c', [0], {2}):
                try:
                    result = method(b)
                except Exception as e:
                    result = type(e).__name__
                if isinstance(result, set):
                    result = sorted(result)
                row.append(repr(result))
        print(dunder, len(row))
        print(' '.join(row))
