# Lone surrogates on the standard streams: surrogateescape on stdin/stdout, backslashreplace on stderr, and the codecs' surrogateescape handler.
import sys
for s in ["a" + chr(0xdcff) + chr(0xd800) + "b", "a" + chr(0xd800) + chr(0xdcff) + "b", chr(0xdc7f), "ab" + chr(0xd800) + chr(0xd801) + "c", chr(0xdcff) + chr(0xdcfe) + "\n", "x" + chr(0xdcff) + "y\n"]:
    try:
        sys.stdout.write(s)
        sys.stdout.flush()
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("é" + chr(0xdcff), chr(0xd800))
except Exception as e:
    print(type(e).__name__, e)
print("x", chr(0xd800), "y", file=sys.stderr)
sys.stderr.write("a" + chr(0xdcff) + "\n")
print(repr(b"\xff\xfe".decode("utf-8", "surrogateescape")), repr(b"a\xffb".decode("ascii", "surrogateescape")))
print(("a" + chr(0xdcff)).encode("utf-8", "surrogateescape"), ("a" + chr(0xdcff)).encode("latin-1", "surrogateescape"))
for enc in ["utf-8", "ascii", "latin-1"]:
    try:
        print(("a" + chr(0xdcff) + chr(0xd800) + "é").encode(enc, "surrogateescape"))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("a", 10**5000, sep="-")
except ValueError as e:
    print("|", e)
line = input()
print(repr(line), len(line))
print(line)
print(ascii(input()))
raise ValueError("bad " + chr(0xd800) + chr(0xdcff))
