# hash('') and hash(b'') are 0 as in CPython (so '' sits first in small sets), empty decodes skip the codec lookup, and other argument-order fixes.
print({'', 1, 2, 3}, {3, 2, ''}, {b'', 9, 8}, frozenset({'', 5}), hash(''), hash(b''))
print(str(b'', 'é日'), repr(b''.decode('nope')), repr(str(b'', 'x', 'y')))
for c in range(6):
    try:
        if c == 0: b'a b'.splitlines(2**64)
        if c == 1: 'ab'.splitlines(2**40)
        if c == 2: sum(2, 'a,b,,c')
        if c == 3: b'a b'.join(0.5)
        if c == 4: b'x'.decode('nope')
        if c == 5: str(b'x', 'nope')
    except Exception as e:
        print(c, type(e).__name__, e)
print(b'-'.join([b'a', b'b']), b''.join((b'x',)), sum([1, 2], 10), sum(iter([0.5, 1])))
