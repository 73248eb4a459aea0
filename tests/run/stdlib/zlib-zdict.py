# zlib preset dictionaries: compressobj(zdict=) bytes equal CPython's for zlib
# and raw streams at several levels (and dictionaries longer than the
# window), decompressobj(zdict=) reads them back (also byte by byte, with
# max_length, copy and flush; a block header split between two inputs once
# ended the stream early), and the errors: no or a wrong dictionary,
# gzip streams, bad zdict types.
import hashlib, zlib

def show(label, data):
    print(label, len(data), hashlib.sha256(data).hexdigest()[:20], data[:12].hex())

zdict = b"the quick brown fox jumps over the lazy dog " * 3 + b"lorem ipsum dolor sit amet"
text = b"".join(b"the lazy dog %d jumps over the quick brown fox; lorem ipsum %d\n" % (i, i * i) for i in range(400))
for wbits in (15, -15, 9, -9, 12):
    for level in (0, 1, 6, 9):
        c = zlib.compressobj(level, zlib.DEFLATED, wbits, zdict=zdict)
        data = c.compress(text[:5000]) + c.compress(text[5000:]) + c.flush()
        show("wbits=%d level=%d" % (wbits, level), data)
        d = zlib.decompressobj(wbits, zdict=zdict)
        out = d.decompress(data)
        assert out + d.flush() == text, (wbits, level)
        print(" ", d.eof, d.unused_data, len(out))
short = b"the lazy dog"
for z in (b"x", bytearray(b"the lazy"), memoryview(b"dog lazy the"), b"q" * 40000):
    c = zlib.compressobj(zdict=z)
    data = c.compress(short) + c.flush()
    show("dict %d" % len(z), data)
    print(" ", zlib.decompressobj(zdict=z).decompress(data))
    c = zlib.compressobj(wbits=-15, zdict=z)
    raw = c.compress(short * 3) + c.flush()
    show("raw dict %d" % len(z), raw)
    print(" ", zlib.decompressobj(-15, zdict=z).decompress(raw))

c = zlib.compressobj(9, zdict=zdict)
data = c.compress(text) + c.flush()
d = zlib.decompressobj(zdict=zdict)
parts = [d.decompress(data[i:i + 1]) for i in range(len(data))]
print(len(parts), b"".join(parts) == text, d.eof)
d = zlib.decompressobj(zdict=zdict)
first = d.decompress(data, 100)
e = d.copy()
print(len(first), len(d.unconsumed_tail), (first + d.decompress(d.unconsumed_tail) + d.flush()) == text,
      (first + e.flush()) == text)
d = zlib.decompressobj(zdict=zdict)
print(d.flush() == b"", (d.decompress(data[:2]), d.flush() == b""))
d = zlib.decompressobj(zdict=zdict)
print(len(d.decompress(data[:6])), len(d.decompress(data[6:])))

for label, call in [
        ("no zdict", lambda: zlib.decompressobj().decompress(data)),
        ("one-shot", lambda: zlib.decompress(data)),
        ("wrong zdict", lambda: zlib.decompressobj(zdict=b"other").decompress(data)),
        ("gzip compressobj", lambda: zlib.compressobj(wbits=31, zdict=b"abc")),
        ("str zdict", lambda: zlib.compressobj(zdict="abc")),
        ("int zdict", lambda: zlib.decompressobj(zdict=5)),
        ("empty zdict", lambda: zlib.decompressobj(zdict=b"").decompress(data)),
        ("auto header", lambda: zlib.decompressobj(47, zdict=zdict).decompress(data)[:10])]:
    try:
        print(label, call())
    except (zlib.error, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
