# zlib.compress gives CPython's exact bytes (zlib 1.2.13) at every level, with
# raw/gzip/small windows, every strategy and memLevel (through compressobj),
# on a varied corpus generated here: empty, tiny, text, random bytes, long
# repeats, more than 64 KiB; each output round-trips through decompress.
import base64
import random
import zlib

rng = random.Random(2024)
text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(1500))
corpus = {
    "empty": b"",
    "tiny": b"a",
    "short": b"hello hello hello world",
    "text": text,
    "random": bytes(rng.getrandbits(8) for _ in range(6000)),
    "repeat": b"abc" * 30000,
    "zeros": bytes(70000),
    "mixed": bytes(rng.choice(b"abcdefgh  \n") for _ in range(40000)),
}
for name, data in corpus.items():
    sizes = []
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        sizes.append("%d:%d/%08x" % (level, len(c), zlib.crc32(c)))
    print(name, " ".join(sizes))
    for wbits in (-15, 31, 9, -9, 25, 12):
        c = zlib.compress(data, 6, wbits)
        assert zlib.decompress(c, wbits) == data
        print(" wbits", wbits, len(c), hex(zlib.adler32(c)))
    for strategy in range(5):
        line = []
        for level in (1, 4, 6, 9):
            co = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
            c = co.compress(data) + co.flush()
            assert zlib.decompress(c) == data
            line.append("%d/%08x" % (len(c), zlib.crc32(c)))
        print(" strategy", strategy, " ".join(line))
    for mem_level in (1, 5, 9):
        co = zlib.compressobj(6, zlib.DEFLATED, 15, mem_level)
        c = co.compress(data) + co.flush()
        print(" memLevel", mem_level, len(c), "%08x" % zlib.crc32(c))

for data in (b"", b"a", b"hello hello hello world", b"abc" * 20):
    for level in (0, 1, 6, 9):
        print(level, base64.b64encode(zlib.compress(data, level)))
print(zlib.compress(b"x" * 100, 9, 31))
print(zlib.compress(b"typhon", wbits=-15), zlib.compress(b"typhon", level=1))
