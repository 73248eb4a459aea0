# pathlib's file system methods: mkdir (parents, exist_ok), write/read of
# text and bytes, exists/is_file/is_dir, iterdir, glob/rglob, stat, rename,
# replace, unlink, rmdir, touch, resolve, cwd, home, open and their errors.
import os
from pathlib import Path

base = Path("/tmp") / ("typhon-pathlib-%d" % os.getpid())
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
try:
    base.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
base.mkdir(exist_ok=True)
deep = base / "a" / "b" / "c"
try:
    deep.mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
deep.mkdir(parents=True)
print(deep.is_dir())

f = base / "notes.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_text().splitlines())
print(f.write_bytes(b"\x00\x01bin"), f.read_bytes(), f.stat().st_size, f.is_file())
print(f.write_text("caf\u00e9"), f.read_bytes(), f.read_text(encoding="utf-8"))
try:
    f.write_text(b"x")
except TypeError as e:
    print("TypeError", e)
with f.open("w") as out:
    out.write("via open\n")
with open(f) as inp:
    print(repr(inp.read()))
with f.open() as inp:
    print(inp.readline().strip())

for name in ["x.py", "y.py", "z.txt", "a/m.py", "a/b/n.py", "a/b/c/o.txt", ".hidden.py"]:
    (base / name).write_text(name)
rel = lambda paths: sorted(str(p.relative_to(base)) for p in paths)
print(rel(base.iterdir()))
print(rel(base.glob("*.py")))
print(rel(base.glob("**/*.py")))
print(rel(base.rglob("*.txt")))
print(rel(base.glob("a/*")), rel(base.glob("*/")), rel(base.glob("a/b/c/o.txt")))
print(rel(base.glob("**")), rel(base.glob("missing/*")), rel(base.glob("?.py")))
for bad in ["", "/abs", "a**b"]:
    try:
        list(base.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

g = base / "x.py"
h = g.rename(base / "renamed.py")
print(repr(h.name), g.exists(), h.read_text(), type(h).__name__)
h2 = h.replace(base / "z.txt")
print(h2.read_text(), h.exists())
t = base / "touched"
t.touch()
print(t.exists(), t.read_text() == "")
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e.strerror)
t.unlink()
print(t.exists())
try:
    t.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror, e.filename == str(t))
t.unlink(missing_ok=True)
try:
    t.read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    (base / "a").rmdir()
except OSError as e:
    print(type(e).__name__, e.strerror)

print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute())
print(Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x")
print(Path("q").absolute() == Path.cwd() / "q", Path(".").resolve() == Path.cwd())
print((base / "a" / ".." / "z.txt").resolve() == (base / "z.txt").resolve())
print((base / "nope" / "x").resolve().name, (base / "a/b/../b").resolve().relative_to(base.resolve()))
print(deep.samefile(str(deep)), f.stat().st_mtime > 0)

for p in sorted(base.rglob("*"), key=lambda p: len(p.parts), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())
