# shutil: copyfile/copy/copy2 (data, permission bits, times), copytree with
# ignore_patterns and dirs_exist_ok, move of files and trees, rmtree with
# onerror and ignore_errors, which, disk_usage, get_terminal_size, errors.
import os
import shutil
import stat

base = "/tmp/typhon-shutil-module-%d" % os.getpid()
os.makedirs(base + "/src/sub/deep")
start = os.getcwd()
os.chdir(base)
for name, text in [("src/a.txt", "alpha\n"), ("src/b.py", "print(1)\n"), ("src/sub/c.txt", "gamma"),
                   ("src/sub/deep/d.pyc", "x"), ("src/sub/deep/e.txt", "eee")]:
    with open(name, "w") as f:
        f.write(text)
os.chmod("src/b.py", 0o751)
os.utime("src/a.txt", (1000000000, 1200000000.5))

print(shutil.copyfile("src/a.txt", "copy1.txt"), open("copy1.txt").read() == "alpha\n")
print(shutil.copy("src/b.py", "copy2.py"), oct(stat.S_IMODE(os.stat("copy2.py").st_mode)))
os.mkdir("into")
print(shutil.copy("src/b.py", "into"), sorted(os.listdir("into")))
print(shutil.copy2("src/a.txt", "copy3.txt"), os.stat("copy3.txt").st_mtime, os.stat("copy3.txt").st_mtime_ns)
print(os.stat("copy1.txt").st_mtime == 1200000000.5)
shutil.copymode("src/b.py", "copy1.txt")
print(oct(stat.S_IMODE(os.stat("copy1.txt").st_mode)))
shutil.copystat("src/a.txt", "copy1.txt")
print(oct(stat.S_IMODE(os.stat("copy1.txt").st_mode)), os.stat("copy1.txt").st_mtime)

for attempt in [lambda: shutil.copyfile("src/a.txt", "src/a.txt"),
                lambda: shutil.copyfile("missing.txt", "x.txt"),
                lambda: shutil.copyfile("src/a.txt", "nodir/x.txt"),
                lambda: shutil.copyfile("src", "x.txt")]:
    try:
        attempt()
    except OSError as e:
        print(type(e).__name__, e)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            out.append(os.path.join(root, f))
    return out


print(shutil.copytree("src", "dst"), tree("dst"))
print(shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.pyc", "c.*")), tree("dst2"))
try:
    shutil.copytree("src", "dst")
except FileExistsError as e:
    print("FileExistsError", e)
print(shutil.copytree("src/sub", "dst", dirs_exist_ok=True), tree("dst"))
print(oct(stat.S_IMODE(os.stat("dst/b.py").st_mode)), os.stat("dst/a.txt").st_mtime)

print(shutil.move("copy1.txt", "moved.txt"), os.path.exists("copy1.txt"), open("moved.txt").read())
print(shutil.move("moved.txt", "into"), sorted(os.listdir("into")))
print(shutil.move("dst2", "into"), tree("into"))
try:
    shutil.move("copy3.txt", "into/moved.txt")
    print(sorted(os.listdir("into")))
    shutil.copy("src/a.txt", "copy3.txt")
    shutil.move("copy3.txt", "into")
    shutil.move("copy3.txt", "into")
except shutil.Error as e:
    print("Error", e)
try:
    shutil.move("into", "into/inner")
except shutil.Error as e:
    print("Error", e)

errors = []
shutil.rmtree("missing-tree", onerror=lambda f, p, info: errors.append((f.__name__, p, info[0].__name__)))
print(errors)
shutil.rmtree("missing-tree", ignore_errors=True)
try:
    shutil.rmtree("missing-tree")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
os.symlink(base + "/src", "link")
try:
    shutil.rmtree("link")
except OSError as e:
    print("OSError", e)
os.remove("link")
shutil.rmtree("dst")
print(os.path.exists("dst"), sorted(os.listdir(".")))

os.mkdir("bin")
with open("bin/mytool", "w") as f:
    f.write("#!/bin/sh\n")
print(shutil.which("mytool", path="bin"), shutil.which("mytool", path="nowhere:bin:bin"))
os.chmod("bin/mytool", 0o755)
print(shutil.which("mytool", path="nowhere:bin"), shutil.which("bin/mytool"), shutil.which("nope", path="bin"))
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-program-x") is None)

usage = shutil.disk_usage(".")
print(type(usage).__name__, usage._fields, usage.total >= usage.used, usage.total >= usage.free >= 0)
os.environ["COLUMNS"] = "123"
os.environ["LINES"] = "45"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"]
print(shutil.get_terminal_size((99, 9)).lines)

os.chdir(start)
shutil.rmtree(base)
print(os.path.exists(base))
