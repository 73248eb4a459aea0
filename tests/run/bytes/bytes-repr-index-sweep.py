# bytes indexing, slicing, iteration yields ints, comparisons, repr of every byte value class, bytes() constructors
b = bytes(range(256))
print(repr(b[:40]), repr(b[120:140]), repr(b[-10:]), b[65], b[-1], list(b[250:]), b[::64], b[::-100])
print(bytes(), bytes(0), bytes(2), bytes([1, 2]), bytes(b'ab'), bytes('é', 'utf-8'), bytes(range(3)), bytes((65, 66)), bytes(x for x in [67]))
print(b'ab' < b'b', b'' < b'\x00', b'abc' == b'abc', b'a' != 'a', b'abc'.startswith(b''), sorted([b'b', b'a', b'']), b'x' * 3 + b'y')
print(len(b), b.count(0), b'\x00' in b, 255 in b, b.index(b'\x10\x11'), b.find(b'zz'), b'%b|%a' % (b'q', 'é'))
for bad in [lambda: b[256], lambda: bytes(-1), lambda: bytes([1, 'a']), lambda: b'a'[0:1].decode('utf-16') if False else b'a' < 'a', lambda: bytes(2.5)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
