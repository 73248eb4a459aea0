# io.StringIO / io.BytesIO: write/read/readline/seek/tell/truncate/iteration, and their errors
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\nlast"), s.tell())
print(repr(s.getvalue()))
print(s.seek(0), repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s), s.readable(), s.writable(), s.seekable(), s.closed)
s = io.StringIO("abcdef")
print(s.tell(), repr(s.read(2)), s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.seek(0, 2), s.seek(0, 1))
s = io.StringIO("one\ntwo\nthree")
print(s.readlines(), repr(s.readline()))
s = io.StringIO("a\r\nb\rc", newline=None)
print(repr(s.getvalue()))
with io.StringIO() as buf:
    buf.writelines(["x", "y"])
    print(buf.getvalue(), file=buf)
    print(repr(buf.getvalue()))
print(buf.closed)
for action in (lambda: buf.write("x"), lambda: buf.getvalue(), lambda: io.StringIO().write(3),
               lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1),
               lambda: io.StringIO(5), lambda: io.StringIO().seek(0, 7)):
    try:
        action()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"abc")
print(b.read(), b.write(b"def"), b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.write(bytearray(b"!")), b.getvalue())
b.seek(-2, 2)
print(b.read(), b.seek(8), b.write(b"x"), b.getvalue())
print(io.BytesIO(b"l1\nl2\n").readlines(), list(io.BytesIO(b"a\nb")))
b.close()
for action in (lambda: b.read(), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1)):
    try:
        action()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_END)
print("to buffer", file=(out := io.StringIO()), end="!")
print(repr(out.getvalue()))
