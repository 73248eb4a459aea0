# os.mkdir, os.makedirs, os.chdir, os.remove/unlink and os.rmdir, with
# CPython's OSError subclasses and messages.
import os

base = "/tmp/typhon-os-files-folders-%d" % os.getpid()
os.makedirs(base + "/a/b/c")
os.makedirs(base + "/a/b", exist_ok=True)
print(sorted(os.listdir(base + "/a")), os.path.isdir(base + "/a/b/c"))
start = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, sorted(os.listdir(".")))
with open("a/f.txt", "w") as f:
    f.write("x")
for attempt in (
    lambda: os.mkdir("a"),
    lambda: os.makedirs("a/b"),
    lambda: os.rmdir("a/b"),
    lambda: os.rmdir("a/f.txt"),
    lambda: os.remove("a/b"),
    lambda: os.remove("missing.txt"),
    lambda: os.chdir("missing"),
    lambda: os.mkdir("missing/x"),
    lambda: os.remove(3),
):
    try:
        attempt()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None))
os.unlink("a/f.txt")
os.rmdir("a/b/c")
os.rmdir("a/b")
os.rmdir("a")
print(os.listdir("."))
os.chdir(start)
os.rmdir(base)
print(os.path.exists(base), os.getcwd() == start)
