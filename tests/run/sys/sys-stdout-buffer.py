# sys.stdout.buffer: raw bytes to stdout (returning the count written), its
# repr and attributes, the TypeError for a str, and sys.stderr.buffer.
import sys

out = sys.stdout.buffer
print("text first")
sys.stdout.flush()
n = out.write(b"P4\n2 2\n\x80\x40")
out.write(b"\n")
out.flush()
print(n, out.write(b""))
print(repr(out), out.name, out.mode, out.closed)
print(sys.stdout.buffer is out, sys.stderr.buffer is out)
try:
    out.write("text")
except TypeError as err:
    print("TypeError:", err)
rows = [bytes([i, i + 1]) for i in range(65, 75, 2)]
sys.stdout.flush()
out.write(b"".join(rows) + b"\n")
out.flush()
sys.stderr.buffer.write(b"to stderr\n")
