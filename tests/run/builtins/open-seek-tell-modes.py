# File objects beyond read/write: seek/tell/truncate on binary and text
# files (cookies are byte offsets, UTF-8 text), the '+' modes (r+, w+, a+,
# rb+, wb+) reading their own writes, append files starting at the end,
# fileno/isatty/seekable, readinto, open() of a file descriptor with
# closefd, the newline argument on reading and writing, errors=, the
# file attributes, the messages of closed files and argument errors.
import os

PATH = "open-seek-tell-modes.tmp"

with open(PATH, "wb") as f:
    print(f.write(b"0123456789\nabc\r\ndef\rghi\n"), f.tell())
    print(f.seek(3), f.tell(), f.write(b"XY"), f.tell())
    print(f.seek(0, 2), f.seek(-4, 2), f.seek(1, 1))
    print(type(f).__name__, f.seekable(), f.isatty(), f.fileno() > 2, f.writable(), f.readable())

with open(PATH, "rb") as f:
    print(f.read(4), f.tell(), f.seek(-2, 1), f.read(3), f.tell())
    print(f.seek(100), f.read(), f.tell())
    f.seek(0)
    buf = bytearray(6)
    print(f.readinto(buf), buf, f.tell(), f.readline(), f.readline())
    print(f.seek(0, 2), f.read(), f.readinto(bytearray(3)))
    for bad in [(-1,), (0, 7), ("x",), (1.5,)]:
        try:
            f.seek(*bad)
        except (OSError, ValueError, TypeError) as e:
            print(type(e).__name__, e)

with open(PATH) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(5)), f.tell())
    cookie = f.tell()
    print(repr(f.readline()), repr(f.readline()))
    print(f.seek(cookie), repr(f.read()), f.seek(0, 2) == f.tell())
    print(f.errors, f.line_buffering, f.encoding == "UTF-8" or f.encoding == "utf-8")
    for bad in [(1, 1), (-1, 2), (-3,), (0, 5)]:
        try:
            f.seek(*bad)
        except (OSError, ValueError) as e:
            print(isinstance(e, (OSError, ValueError)), e)

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(PATH, newline=newline) as f:
        print(repr(newline), [line for line in f], repr(f.read()))
    with open(PATH, newline=newline) as f:
        print("  ", repr(f.read(13)), repr(f.read()))

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(PATH, "w", newline=newline) as f:
        f.write("a\nb\r\nc")
    with open(PATH, "rb") as f:
        print(repr(newline), f.read())

with open(PATH, "w+") as f:
    f.write("héllo\nworld\n")
    print(f.tell(), f.seek(0), repr(f.readline()), f.tell())
    f.write("TAIL")
    f.seek(0)
    print(repr(f.read()))

with open(PATH, "r+") as f:
    print(repr(f.read(3)))
    f.write("__")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()), f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(PATH, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("++")
    f.seek(0)
    print(repr(f.read()))

with open(PATH, "ab") as f:
    print(f.tell(), f.write(b"!"), f.tell())

with open(PATH, "rb+") as f:
    print(type(f).__name__, f.read(2), f.write(bytearray(b"ZZ")), f.tell())
    f.seek(0)
    print(f.read(), f.truncate(), f.truncate(3), f.tell())
    f.seek(0)
    print(f.read())

with open(PATH, "wb+") as f:
    print(f.read(), f.write(b"new"), f.seek(0), f.read())

fd = os.open(PATH, os.O_RDONLY)
print(os.fstat(fd).st_size, os.stat(fd).st_size == os.path.getsize(PATH), os.lseek(fd, 1, 0), os.read(fd, 2), os.lseek(fd, 0, 1))
os.lseek(fd, 0, 0)
with open(fd, "rb", closefd=False) as f:
    print(f.name == fd, f.read(), repr(f).startswith("<_io.BufferedReader name=%d" % fd))
print(os.read(fd, 2))
os.lseek(fd, 0, 0) if hasattr(os, "lseek") else None
with open(fd) as f:
    print(repr(f.read()), f.fileno() == fd)
try:
    os.close(fd)
except OSError as e:
    print("closed by the file:", e.errno)
try:
    open(PATH, closefd=False)
except ValueError as e:
    print(e)
try:
    open(12345)
except OSError as e:
    print(e.errno, e.strerror)

with open(PATH, "wb") as f:
    f.write(b"ok \xff\xfe end\n")
for errors in ["replace", "ignore", "surrogateescape"]:
    with open(PATH, errors=errors) as f:
        print(errors, ascii(f.read()), f.errors)
try:
    with open(PATH) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)

for args in [{"mode": "rb", "newline": ""}, {"mode": "rb", "errors": "strict"}, {"newline": "x"}, {"newline": 5}]:
    try:
        open(PATH, **args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for mode in ["r", "rb", "w", "wb"]:
    f = open(PATH, mode)
    f.close()
    for name, call in [("read", lambda: f.read()), ("write", lambda: f.write(b"x" if "b" in mode else "x")),
                       ("seek", lambda: f.seek(0)), ("tell", lambda: f.tell()),
                       ("fileno", lambda: f.fileno()), ("truncate", lambda: f.truncate())]:
        try:
            call()
        except (ValueError, OSError) as e:
            # CPython's io.UnsupportedOperation is an OSError typhon raises as such.
            print(mode, name, isinstance(e, OSError), e)
os.remove(PATH)
