# os.stat (st_size, st_mode, st_mtime), os.rename/replace, the added os.path
# functions (getmtime, relpath, commonpath, commonprefix, splitdrive,
# expanduser) and sys.hash_info.
import os
import stat
import sys

name = "stat-probe-%d.txt" % os.getpid()
other = name + ".moved"
with open(name, "w") as f:
    f.write("hello world\n")
st = os.stat(name)
print(st.st_size, st[6], len(st), stat.S_ISREG(st.st_mode), stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o104711), stat.S_IMODE(0o100644))
print(type(st.st_mtime).__name__, st.st_mtime > 1e9, abs(st.st_mtime - os.path.getmtime(name)) < 1e-6)
print(st.st_mtime_ns // 10**9 == int(st.st_mtime), st.st_mode & 0o170000 == 0o100000, isinstance(st, tuple))
os.rename(name, other)
print(os.path.exists(name), os.path.exists(other), os.path.getsize(other))
with open(name, "w") as f:
    f.write("x")
os.replace(name, other)
print(os.path.exists(name), os.path.getsize(other))
os.remove(other)
for bad in [lambda: os.stat(name), lambda: os.rename(name, other), lambda: os.stat(3.5)]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else e)
print(stat.S_ISDIR(os.stat(".").st_mode), stat.S_ISREG(os.stat(".").st_mode))

print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a/x", "/a/b/c"), os.path.relpath("/a", "/a"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d"]), os.path.commonprefix(["interstellar", "internet", "interval"]))
print(os.path.splitdrive("/x/y"), os.path.expanduser("plain"))
home = os.environ.get("HOME")
print(home is None or os.path.expanduser("~/docs") == home.rstrip("/") + "/docs")
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)

h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.algorithm, h.hash_bits, h.seed_bits, h.cutoff)
print(hash(float("inf")) == h.inf, hash(2**61) == 1, h.modulus == 2**61 - 1)
