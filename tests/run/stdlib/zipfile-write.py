# zipfile writing: writestr/open('w')/write/mkdir with ZIP_STORED and
# ZIP_DEFLATED at several compresslevels, comments, extra fields, UTF-8 names,
# force_zip64, a non-seekable output (data descriptors), 'x' and 'a' modes;
# the archives' bytes (hash and head) equal CPython's, and read back.
import hashlib, io, os, shutil, tempfile, zipfile

def show(label, data):
    print(label, len(data), hashlib.sha256(data).hexdigest()[:24], data[:40].hex())

DT = (2021, 3, 4, 5, 6, 8)
text = b"".join(b"line %d of the member, %d\n" % (i, i * 7 % 13) for i in range(3000))

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", DT), b"hello, world\n")
    info = zipfile.ZipInfo("dir/b.bin", (1999, 12, 31, 23, 59, 58))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.comment = b"member comment"
    info.extra = b"\x99\x99\x04\x00abcd"
    info.external_attr = 0o644 << 16
    zf.writestr(info, text)
    zf.writestr(zipfile.ZipInfo("empty", DT), b"")
    zf.writestr(zipfile.ZipInfo("caf\u00e9/\u00fcber.txt", DT), "unicode text \u2603")
    zf.mkdir("sub")
    d2 = zipfile.ZipInfo("sub2/", DT)
    d2.CRC = 0
    zf.mkdir(d2, 0o700)
    zf.comment = b"archive comment"
show("stored+deflated", buf.getvalue())

for level in (None, 0, 1, 6, 9):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr(zipfile.ZipInfo("t.txt", DT), text)
        zf.writestr(zipfile.ZipInfo("s.txt", DT), text[:500], compress_type=zipfile.ZIP_STORED)
        zf.writestr(zipfile.ZipInfo("l.txt", DT), text[:700], compresslevel=3)
    show("level %s" % level, buf.getvalue())
    with zipfile.ZipFile(buf) as zf:
        for i in zf.infolist():
            print(" ", i, i.CRC, i.compress_type, i.date_time, i.create_version, i.extract_version, i.flag_bits)
        assert zf.read("t.txt") == text and zf.read("l.txt") == text[:700]

# Streams: open(name, 'w') with many small writes, force_zip64.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    with zf.open(zipfile.ZipInfo("stream.txt", DT), "w") as w:
        for i in range(200):
            print(w.write(b"chunk %d " % i * (i % 5 + 1)), end=" ")
        print()
    z64 = zipfile.ZipInfo("big.txt", DT)
    with zf.open(z64, "w", force_zip64=True) as w:
        w.write(text)
    print(z64)
    with zf.open(zipfile.ZipInfo("m.txt", DT), "w") as w:
        w.write(memoryview(b"from a memoryview"))
        w.write(bytearray(b" and a bytearray"))
show("streams", buf.getvalue())
with zipfile.ZipFile(buf) as zf:
    print(zf.namelist(), zf.read("big.txt") == text, zf.read("m.txt"))
    print(zf.getinfo("big.txt").extra.hex(), zf.getinfo("big.txt").extract_version)

class NoSeek:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)
    def flush(self):
        pass

out = NoSeek()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("x.txt", DT), text[:1000])
    zf.writestr(zipfile.ZipInfo("y.txt", DT), b"stored", zipfile.ZIP_STORED)
data = b"".join(out.parts)
show("unseekable", data)
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print([(i.filename, i.flag_bits, i.file_size) for i in zf.infolist()], zf.read("y.txt"))

# Files on disk: write() of files and directories, 'x' and 'a' modes.
d = tempfile.mkdtemp()
try:
    src = os.path.join(d, "src")
    os.mkdir(src)
    with open(os.path.join(src, "f.txt"), "wb") as f:
        f.write(text[:2000])
    os.utime(os.path.join(src, "f.txt"), (1600000000, 1600000000))
    os.chmod(os.path.join(src, "f.txt"), 0o640)
    path = os.path.join(d, "out.zip")
    with zipfile.ZipFile(path, "x", zipfile.ZIP_DEFLATED) as zf:
        zf.write(os.path.join(src, "f.txt"), "f.txt")
        zf.write(os.path.join(src, "f.txt"), "g.txt", zipfile.ZIP_STORED)
        i = zf.getinfo("f.txt")
        print(i.filename, i.file_size, i.compress_size, i.external_attr >> 16 & 0o777, i.CRC)
    try:
        zipfile.ZipFile(path, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(zipfile.ZipInfo("added.txt", DT), b"appended")
        zf.comment = b"now appended"
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist(), zf.comment, zf.read("added.txt"), zf.read("g.txt") == text[:2000])
    # Appending to a file that is not an archive puts one after its content.
    plain = os.path.join(d, "plain.bin")
    with open(plain, "wb") as f:
        f.write(b"#!prefix data\n" * 3)
    with zipfile.ZipFile(plain, "a") as zf:
        zf.writestr(zipfile.ZipInfo("inside.txt", DT), b"inside")
    with open(plain, "rb") as f:
        show("appended", f.read())
    with zipfile.ZipFile(plain) as zf:
        print(zf.read("inside.txt"), zf.getinfo("inside.txt").header_offset, zipfile.is_zipfile(plain))
    with zipfile.ZipFile(os.path.join(d, "w.zip"), "w") as zf:
        zf.writestr(zipfile.ZipInfo("only.txt", DT), b"only")
    with open(os.path.join(d, "w.zip"), "rb") as f:
        show("file", f.read())
finally:
    shutil.rmtree(d)
