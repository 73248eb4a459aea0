# zlib.compressobj in pieces with Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_PARTIAL_FLUSH,
# Z_BLOCK and Z_FINISH gives CPython's bytes (level 0's stored blocks follow
# CPython's output buffer sizes); decompressobj with max_length,
# unconsumed_tail, unused_data, eof, flush and copy.
import random
import zlib

rng = random.Random(11)
data = bytes(rng.choice(b"abcdefghij \n") for _ in range(120000)) + bytes(rng.getrandbits(8) for _ in range(90000))
for level in (0, 1, 3, 6, 9):
    co = zlib.compressobj(level)
    parts = []
    for i, j in enumerate(range(0, len(data), 23000)):
        parts.append(co.compress(data[j:j + 23000]))
        parts.append(co.flush((zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
                               zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK)[i % 5]))
    parts.append(co.flush())
    out = b"".join(parts)
    print(level, [len(p) for p in parts], "%08x" % zlib.crc32(out))
    d = zlib.decompressobj()
    got = []
    tail = out
    while tail:
        got.append(d.decompress(tail[:7000], 4000))
        tail = d.unconsumed_tail + tail[7000:]
    got.append(d.flush())
    print(" ", b"".join(got) == data, d.eof, d.unused_data, max(len(g) for g in got))
    print(" ", zlib.compress(data, level) == zlib.compress(data, level), len(zlib.compress(data, level)))

co = zlib.compressobj(0)
print(co.compress(b"x" * 10), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b"y" * 70000)[:12], co.flush()[-12:])
co = zlib.compressobj(6, zlib.DEFLATED, -15)
print(co.compress(b"stream " * 10), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b"more"), co.flush())
co = zlib.compressobj(9, zlib.DEFLATED, 31)
print(co.compress(b"gzip wrapped"), co.flush())

c = zlib.compress(b"abc" * 100)
d = zlib.decompressobj()
print(d.decompress(c + b"trailing"), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj()
print(d.decompress(c[:5]), d.eof, d.decompress(c[5:10], 2), len(d.unconsumed_tail))
d2 = d.copy()
print(d.decompress(d.unconsumed_tail + c[10:]) == d2.decompress(d2.unconsumed_tail + c[10:]))
print(d.eof, d2.eof, d.flush(), d.unused_data)
d = zlib.decompressobj()
print(d.decompress(c[:-3]), d.eof, d.flush(), d.eof)
d = zlib.decompressobj(-15)
raw = zlib.compress(b"raw data" * 50, 6, -15)
print(len(d.decompress(raw + b"xyz")), d.eof, d.unused_data)
d = zlib.decompressobj(47)
print(d.decompress(zlib.compress(b"auto gzip", 6, 31)), d.eof)
co = zlib.compressobj()
co.compress(b"abc")
c2 = co.copy()
print(co.flush(), c2.compress(b"def"), c2.flush())
print(co.flush(zlib.Z_NO_FLUSH))
