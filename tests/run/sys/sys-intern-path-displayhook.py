# sys.intern (one object per value, its argument checks), sys.path (a list of str that programs may change), sys.displayhook / __displayhook__, and sys.stdout.reconfigure with its argument checks.
import sys

a = sys.intern("hello " + "world".upper())
b = sys.intern("".join(["hello ", "WORLD"]))
print(a, a is b, sys.intern(a) is a)
for bad in (1, b"x", None):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError:", e)
try:
    sys.intern()
except TypeError as e:
    print("TypeError:", e)

print(type(sys.path).__name__, len(sys.path) >= 1, all(isinstance(p, str) for p in sys.path))
sys.path.insert(0, "/tmp/plugins")
sys.path.append("extra")
print(sys.path[0], sys.path[-1])

sys.displayhook(None)
sys.displayhook("text")
sys.displayhook([1, 2.5, None])
print(sys.displayhook is sys.__displayhook__)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError:", e)

print(sys.stdout.errors)
print(sys.stdout.reconfigure(encoding="utf-8"), sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(line_buffering=False, write_through=False)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors)
for call in (lambda: sys.stdout.reconfigure("utf-8"), lambda: sys.stdout.reconfigure(foo=1),
             lambda: sys.stdout.reconfigure(encoding=5), lambda: sys.stdout.reconfigure(newline="x"),
             lambda: sys.stdout.reconfigure(errors=b"strict")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
sys.stdin.reconfigure(encoding="UTF-8")
print(sys.stdin.encoding, sys.stdin.errors, sys.stderr.errors)
sys.stdin.reconfigure(errors="surrogateescape")
print(sys.stdin.encoding, sys.stdin.errors)
