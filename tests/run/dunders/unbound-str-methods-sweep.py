# str methods called unbound through the type (str.upper(s)) and bound,
# over many inputs including empty, non-ASCII and whitespace-only strings.
inputs = ['', 'abc', 'Hello World', '  pad  ', 'ÉTÉ été', 'a,b,,c', 'x\ty\nz', '123', 'ǅ', 'ß']
calls = [
    ('upper', ()), ('lower', ()), ('title', ()), ('capitalize', ()), ('swapcase', ()), ('casefold', ()),
    ('strip', ()), ('lstrip', (' a',)), ('rstrip', ('c ',)), ('split', ()), ('split', (',',)), ('rsplit', (',', 1)),
    ('splitlines', ()), ('partition', (' ',)), ('rpartition', ('b',)), ('find', ('b',)), ('rfind', ('é',)),
    ('count', ('',)), ('replace', ('a', 'A', 1)), ('startswith', (('a', 'H'),)), ('endswith', ('d',)),
    ('center', (9, '*')), ('ljust', (6,)), ('rjust', (6, '.')), ('zfill', (5,)), ('expandtabs', (4,)),
    ('isalpha', ()), ('isdigit', ()), ('isspace', ()), ('istitle', ()), ('isupper', ()), ('isidentifier', ()),
    ('removeprefix', ('a',)), ('removesuffix', ('c',)), ('encode', ()), ('join', (['1', '2'],)),
]
for name, args in calls:
    unbound = getattr(str, name)
    row = []
    for s in inputs:
        try:
            a = unbound(s, *args)
            b = getattr(s, name)(*args)
            row.append(repr(a) if a == b else 'MISMATCH')
        except Exception as e:
            row.append('%s: %s' % (type(e).__name__, e))
    print(name, ' | '.join(row))
for bad in (5, b'x', None):
    try:
        str.upper(bad)
    except TypeError as e:
        print('TypeError:', e)
print(str.upper, str.__add__, int.__add__, type(str.upper).__name__, type('a'.upper).__name__)
