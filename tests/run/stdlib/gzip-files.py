# gzip.compress/decompress (mtime=, several members, zero padding, truncated
# data -> EOFError, bad magic and CRC -> BadGzipFile) and gzip.open/GzipFile
# reading and writing files and BytesIO in binary and text modes.
import gzip, io, os, zlib, tempfile
data = b"".join(b"record %d, value %d\n" % (i, i * i) for i in range(5000))
for level in (1, 6, 9):
    c = gzip.compress(data, level, mtime=12345)
    print(level, len(c), zlib.crc32(c), c[:10])
    c0 = gzip.compress(data, level, mtime=0)
    print(level, len(c0), zlib.crc32(c0), c0[:10])
    assert gzip.decompress(c) == data and gzip.decompress(c0) == data
print(gzip.decompress(gzip.compress(b"a", mtime=1) + gzip.compress(b"b", mtime=1) + b"\0\0\0"))
print(gzip.decompress(b""))
for bad in (gzip.compress(data, mtime=1)[:-5], gzip.compress(data, mtime=1)[:30], b"\x1f\x8b\x08"):
    try:
        gzip.decompress(bad)
    except EOFError as e:
        print("EOFError:", e)
try:
    gzip.decompress(b"not gzip")
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e, isinstance(e, OSError))
c = bytearray(gzip.compress(b"hello world", mtime=1))
c[-8] ^= 1
try:
    gzip.decompress(bytes(c))
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
d = tempfile.mkdtemp()  # removed at the end
path = os.path.join(d, "data.txt.gz")
with gzip.open(path, "wb") as f:
    f.write(b"first line\n")
    f.write(data)
raw = open(path, "rb").read()
print(len(raw), raw[3], raw[10:24])
with gzip.open(path) as f:
    print(f.readline(), f.read(20), len(f.read()), f.mtime is not None)
with gzip.GzipFile(path, "rb") as f:
    lines = f.readlines()
    print(len(lines), lines[-1])
with gzip.open(path, "rt") as f:
    print(repr(f.readline()), sum(1 for _ in f))
with gzip.open(path, "wt", encoding="utf-8") as f:
    f.write("héllo\nwörld\r\nthird\rline\n")
with gzip.open(path, "rt") as f:
    print(repr(f.read()))
with gzip.open(path, "rt", newline="") as f:
    print([line for line in f])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7) as f:
    f.write(b"in memory " * 100)
print(len(buf.getvalue()), zlib.crc32(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(15), f.tell(), f.seek(500), f.read(10))
    f.seek(0)
    print(f.read(10), f.peek(3)[:3])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7, compresslevel=1) as f:
    f.write(b"abc")
    f.flush()
    f.write(b"def")
print(buf.getvalue())
f = gzip.open(path, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
for args in [("rtb",), ("rb", 9, "utf-8")]:
    try:
        gzip.open(path, *args)
    except ValueError as e:
        print("ValueError:", e)
with open(path, "wb") as f:
    f.write(gzip.compress(data, mtime=3)[:-20])
try:
    with gzip.open(path) as f:
        f.read()
except EOFError as e:
    print("EOFError:", e)
w = gzip.open(path, "wb")
try:
    w.read()
except OSError as e:
    print("OSError:", e.errno, e)
w.close()
os.remove(path)
os.rmdir(d)
