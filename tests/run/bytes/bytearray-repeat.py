# bytearray * n and n * bytearray (filled for one byte, doubled for longer
# patterns), *= in place, with counts 0, 1, negative, odd and even, an
# empty pattern, a subclass, and the result's independence from the source.
for pattern in [b"", b"x", b"ab", b"abc", bytes(range(7))]:
    a = bytearray(pattern)
    for n in [-3, 0, 1, 2, 3, 5, 8, 13]:
        r = a * n
        print(n, len(r), bytes(r[:20]), r == bytes(pattern) * n, type(r).__name__)
print(3 * bytearray(b"xy"), bytearray([1]) * 10)
a = bytearray(b"ab")
b = a * 3
b[0] = 0
print(a, b)
a *= 4
print(a)
a *= 0
print(a)


class Ba(bytearray):
    pass


print(Ba(b"q") * 4, type(Ba(b"q") * 4).__name__)
big = bytearray(b"0123456789") * 100003
print(len(big), big[-15:], big.count(b"9"))
