# Extended-slice stores into a bytearray from a bytes object (read in place)
# and from other sources: steps up and down, empty slices, the size
# mismatch error, a bytes subclass, and the bytearray itself as the source.
a = bytearray(range(20))
a[::3] = bytes(7)
print(a)
a[19:0:-4] = b"abcde"
print(a)
a[5:5:2] = b""
print(a)
try:
    a[::2] = b"xy"
except ValueError as e:
    print("ValueError:", e)
print(a)


class B(bytes):
    pass


a[1::5] = B(b"WXYZ")
print(a)
a[::2] = a[1::2]
print(a)
a[::-1] = a
print(a)
a[2:12:3] = [1, 2, 3, 4]
print(a)
flags = bytearray([1]) * 50
for p in range(2, 8):
    if flags[p]:
        flags[p * p :: p] = bytes(len(range(p * p, 50, p)))
print([i for i, f in enumerate(flags) if f])
