# errno: the constants and errorcode (names, numbers, aliases), OSError(errno, ...)
# picking CPython's subclass for each errno, the errno of real failures, and
# os.strerror.
import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EINTR)
print(errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK, errno.EDEADLOCK)
print(errno.ENOTSUP, errno.EOPNOTSUPP, errno.ECONNREFUSED, errno.ETIMEDOUT)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), sorted(errno.errorcode)[:10], max(errno.errorcode))
print(list(errno.errorcode.items())[:5])
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:6], names[-3:])
print(all(errno.errorcode[getattr(errno, n)].startswith("E") for n in names))
print(type(errno.errorcode).__name__, hasattr(errno, "EBOGUS"))

# OSError(errno, strerror) becomes the subclass for that errno.
for code in sorted(errno.errorcode):
    e = OSError(code, "message")
    if type(e) is not OSError:
        print(code, errno.errorcode[code], type(e).__name__, e.errno, e.strerror)
e = OSError(errno.ENOENT, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
print(repr(OSError(errno.EEXIST, "exists")))
e = OSError("just a message")
print(type(e).__name__, e.errno, e.strerror, e.args)
print(type(FileNotFoundError(errno.EEXIST, "x")).__name__)


class MyError(OSError):
    pass


print(type(MyError(errno.ENOENT, "x")).__name__, MyError(errno.ENOENT, "x").errno)

# The errno of failures raised by the runtime.
try:
    open("/nonexistent/file.txt")
except OSError as exc:
    print(type(exc).__name__, exc.errno == errno.ENOENT, errno.errorcode[exc.errno])
try:
    os.mkdir(".")
except OSError as exc:
    print(type(exc).__name__, exc.errno == errno.EEXIST, errno.errorcode[exc.errno])
try:
    os.rmdir("/nonexistent-dir")
except FileNotFoundError as exc:
    print(exc.errno, exc.strerror, exc.filename)
try:
    os.listdir(__file__ if "__file__" in dir() else "errno-module.py")
except NotADirectoryError as exc:
    print(type(exc).__name__, errno.errorcode[exc.errno])
try:
    raise OSError(errno.ECONNRESET, os.strerror(errno.ECONNRESET))
except ConnectionError as exc:
    print(type(exc).__name__, exc)

print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.strerror(0))
print(os.strerror(99999))
for bad in ("2", 2.0, None):
    try:
        os.strerror(bad)
    except TypeError as exc:
        print("TypeError", exc)
try:
    os.strerror(1 << 40)
except OverflowError as exc:
    print("OverflowError", exc)
