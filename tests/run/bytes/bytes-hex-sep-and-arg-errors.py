# bytes.hex with sep and bytes_per_sep, list.sort argument-count errors, bytes() argument type checks before the source.
b = b'abcde'
print(b.hex(), b.hex(':', 2), b.hex(':', -2), b.hex(':', 3), b.hex(':', -3), b.hex(':', 5), b.hex(':', 6), b.hex(':', -6), b.hex(b'-'), b''.hex(':'), b'abcdef'.hex(sep=' ', bytes_per_sep=3))
for a in [(None,), (None, 2), ([1],), ((1,),), (':', 2**70), (':', None), (b'\xff',), (b'',), ('', 1), ('ab',), (':', 0), (1,), (':', 'x'), ('é',), (':', 10), (':', 1, 2)]:
    try:
        if len(a) == 1: print(a, b.hex(a[0]))
        elif len(a) == 2: print(a, b.hex(a[0], a[1]))
        else: print(a, b.hex(a[0], a[1], a[2]))
    except Exception as e:
        print(a, type(e).__name__, e)
for c in range(7):
    try:
        if c == 0: [].sort(1)
        if c == 1: [].sort(1, 2)
        if c == 2: [].sort(1, 2, 3)
        if c == 3: [].sort(1, key=None)
        if c == 4: [].sort(key=None, reverse=False, x=1)
        if c == 5: [].sort(x=1)
        if c == 6: bytes('a,b', 7)
    except TypeError as e:
        print(c, e)
for c in range(4):
    try:
        if c == 0: bytes(5, 0.5)
        if c == 1: bytes(b'x', errors=b'q')
        if c == 2: bytes('x', 'ascii', 3)
        if c == 3: bytes(encoding=1)
    except TypeError as e:
        print(c, e)
