# Extended-slice stores into a bytearray (`a[i:j:k] = source`): forward
# steps stored without a per-byte test, from the first and last positions,
# steps past the end, empty slices, negative steps, sources of every kind
# (exact bytes, bytearray, the bytearray itself, a list, a bytes subclass),
# and the size-mismatch error.


def show(a):
    print(bytes(a))


for step in (1, 2, 3, 7, 16, 17, 100):
    a = bytearray(b"abcdefghijklmnop")
    n = len(range(0, len(a), step))
    a[::step] = bytes(n)
    show(a)
    a = bytearray(b"abcdefghijklmnop")
    n = len(range(3, len(a), step))
    a[3::step] = b"Z" * n
    show(a)
a = bytearray(b"abcdefghij")
a[9::2] = b"!"
a[20::3] = b""
a[-4::2] = b"XY"
a[1:8:3] = bytearray(b"123")
show(a)
a = bytearray(b"abcdefghij")
a[::-1] = b"0123456789"
a[8:1:-3] = b"ABC"
a[-1::-4] = [65, 66, 67]
show(a)
a = bytearray(b"abcdefgh")
a[::2] = a[1::2]
a[1::2] = a[::-2][:4]
show(a)


class Raw(bytes):
    pass


a = bytearray(10)
a[1::3] = Raw(b"xyz")
show(a)
for value in (b"", b"abcdef", bytes(3)):
    a = bytearray(b"0123456789")
    try:
        a[::4] = value
        show(a)
    except ValueError as e:
        print("ValueError", e)
sieve = bytearray([1]) * 50
for p in range(2, 8):
    if sieve[p]:
        sieve[p * p :: p] = bytes(len(range(p * p, 50, p)))
print([i for i in range(2, 50) if sieve[i]])
# An empty source deletes the slice's items, as in CPython.
for value in (b"", bytearray(), [], ()):
    a = bytearray(b"0123456789")
    a[::4] = value
    a[::-3] = value
    a[5:0:-2] = value
    show(a)
