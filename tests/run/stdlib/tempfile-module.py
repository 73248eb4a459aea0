# tempfile: mkstemp/mkdtemp (names, permissions, exclusive creation),
# TemporaryDirectory (context manager, cleanup of contents, repr),
# NamedTemporaryFile in write, read-back ('+') and text modes, delete=False,
# TemporaryFile, gettempdir/gettempprefix, mktemp; os.open/read/write/close/fdopen.
import os
import stat
import tempfile

tmp = tempfile.gettempdir()
print(tmp == os.path.abspath(os.environ.get("TMPDIR") or "/tmp"), tempfile.gettempprefix())

fd, path = tempfile.mkstemp()
name = os.path.basename(path)
print(type(fd).__name__, os.path.dirname(path) == tmp, name.startswith("tmp"), len(name))
print(oct(stat.S_IMODE(os.stat(path).st_mode)), os.path.getsize(path))
print(os.write(fd, b"hello fd\n"), os.write(fd, b"more"))
os.close(fd)
with open(path) as f:
    print(repr(f.read()))
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
os.remove(path)

d = tempfile.mkdtemp(suffix=".d", prefix="pre-")
name = os.path.basename(d)
print(os.path.isdir(d), name.startswith("pre-"), name.endswith(".d"), len(name), oct(stat.S_IMODE(os.stat(d).st_mode)))
fd, inner = tempfile.mkstemp(suffix=".txt", prefix="x_", dir=d, text=True)
with os.fdopen(fd, "w") as f:
    f.write("via fdopen")
print(os.path.dirname(inner) == d, os.path.basename(inner)[:2], inner.endswith(".txt"), open(inner).read())
try:
    os.open(inner, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
try:
    os.close(987)
except OSError as e:
    print("OSError", e)
os.remove(inner)
os.rmdir(d)

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.dirname(d) == tmp)
    os.makedirs(os.path.join(d, "a/b"))
    with open(os.path.join(d, "a/b/f.txt"), "w") as f:
        f.write("x")
    saved = d
print(os.path.exists(saved))
t = tempfile.TemporaryDirectory(prefix="keep")
print(repr(t) == "<TemporaryDirectory %r>" % t.name, os.path.basename(t.name).startswith("keep"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.NamedTemporaryFile() as f:
    print(f.name.startswith(tmp), os.path.exists(f.name), f.delete)
    f.write(b"abc\ndef\n")
    f.flush()
    print(open(f.name, "rb").read())
    f.seek(0)
    print(f.read(), f.tell())
    f.seek(4)
    print(f.readline(), f.readline())
    saved = f.name
print(os.path.exists(saved))

with tempfile.NamedTemporaryFile("w", suffix=".log", delete=False) as f:
    f.write("line one\nline two\n")
    saved = f.name
print(saved.endswith(".log"), open(saved).read().splitlines())
os.remove(saved)

with tempfile.NamedTemporaryFile("w+", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
    f.seek(0)
    print([line for line in f])
    f.seek(0)
    print(f.readlines())

f = tempfile.TemporaryFile()
f.write(b"data")
f.seek(0)
print(f.read())
f.close()

name = tempfile.mktemp(suffix=".tmp")
print(os.path.exists(name), name.endswith(".tmp"), os.path.dirname(name) == tmp)
