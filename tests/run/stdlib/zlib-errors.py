# zlib errors carry CPython's messages: corrupt and truncated data
# (zlib.error "Error -3 while decompressing data: ..."), bad options,
# finished streams, wrong argument types; and the checksums and constants.
import zlib


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (zlib.error, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


good = zlib.compress(b"hello")
for data in [b"", b"x", b"\x78\x9c", b"\x78\x9c\x03", good[:-1], b"\x78\x9d\x01\x02",
             b"\x08\x1d\x01", b"\x78\x9c\x07\x00", b"\x78\x9c\x01\x05\x00\x00\x00hello",
             good[:-2] + b"xx", b"\x78\x9c\x63\x00\x00", b"\x78\xbb\x00\x00\x00\x00",
             b"\x78\x9c\x05\xe0\x01\x00", b"\x78\x9c\xed\xff\xff\x0f"]:
    attempt(zlib.decompress, data)
for data in [b"\x03\x00", b"\x73\x02\x00", b"\xff\xff\xff", b"\x04\x00\x00\xff\xff",
             b"\x05\xc0\x81\x08\x00\x00\x00\x00\x20\x7f\xeb\x0b\x00\x00"]:
    attempt(zlib.decompress, data, -15)


def rev(code, n):
    return int(format(code, "0%db" % n)[::-1], 2)


def stream(fields):
    """Raw deflate bits, least significant first, padded with zero bytes."""
    acc = count = 0
    for value, n in fields:
        acc |= value << count
        count += n
    return acc.to_bytes((count + 7) // 8, "little") + bytes(4)


fixed_a = [(1, 1), (1, 2), (rev(0x91, 8), 8)]
attempt(zlib.decompress, stream(fixed_a + [(rev(1, 7), 7), (rev(4, 5), 5), (0, 1), (0, 7)]), -15)
attempt(zlib.decompress, stream(fixed_a + [(rev(1, 7), 7), (rev(30, 5), 5), (0, 7)]), -15)
attempt(zlib.decompress, stream(fixed_a + [(rev(0xC6, 8), 8), (0, 7)]), -15)
attempt(zlib.decompress, stream(fixed_a + [(rev(0, 7), 7)]), -15)
attempt(zlib.decompress, stream([(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (1, 3), (0, 3), (0, 3),
                                 (1, 3), (1, 1), (0, 2)]), -15)
attempt(zlib.decompress, stream([(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (0, 3), (0, 3), (1, 3),
                                 (1, 3), (1, 1), (127, 7), (1, 1), (108, 7), (0, 1)]), -15)
attempt(zlib.decompress, stream([(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (2, 3), (0, 3), (0, 3),
                                 (1, 3), (0, 1)]), -15)
attempt(zlib.decompress, b"\x79\x18" + bytes(8))
d = zlib.decompressobj(-15)
attempt(d.decompress, stream(fixed_a + [(rev(1, 7), 7), (rev(4, 5), 5), (0, 1), (0, 7)]) + b"tail")
print(d.unconsumed_tail, d.eof)
gz = bytearray(zlib.compress(b"gzip data", 6, 31))
attempt(zlib.decompress, bytes(gz), 15)
attempt(zlib.decompress, good, 31)
gz[-1] ^= 1
attempt(zlib.decompress, bytes(gz), 31)
gz[-1] ^= 1
gz[-5] ^= 1
attempt(zlib.decompress, bytes(gz), 31)
attempt(zlib.decompress, good, 9)
attempt(zlib.decompress, b"x", 99)
attempt(zlib.decompress, good, 15, -1)
attempt(zlib.compress, b"x", 10)
attempt(zlib.compress, b"x", -2)
attempt(zlib.compress, b"x", 6, 7)
attempt(zlib.compress, "text")
attempt(zlib.compressobj, 10)
attempt(zlib.compressobj, 6, 7)
attempt(zlib.compressobj, 6, 8, 15, 10)
attempt(zlib.compressobj, 6, 8, 15, 8, 7)
attempt(zlib.decompressobj, 99)
d = zlib.decompressobj()
attempt(d.decompress, b"x", -1)
attempt(d.decompress, b"\x78\x9c\xff\xff")
attempt(d.flush, 0)
co = zlib.compressobj()
co.flush()
attempt(co.compress, b"x")
attempt(co.flush)
attempt(co.copy)
print(zlib.crc32(b"hello"), zlib.crc32(b"hello", 123), zlib.crc32(b""), zlib.crc32(b"x" * 100000))
print(zlib.adler32(b"hello"), zlib.adler32(b"hello", -1), zlib.adler32(b""), zlib.adler32(b"\xff" * 100000))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.crc32(bytearray(b"abc")), zlib.adler32(memoryview(b"abc")))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.ZLIB_VERSION)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
print(repr(zlib.error), issubclass(zlib.error, Exception))
