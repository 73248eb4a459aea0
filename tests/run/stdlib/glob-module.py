# glob.glob/iglob: wildcards, classes, hidden files, recursive **, root_dir,
# trailing separators, literal paths, escape and has_magic; os.walk and
# os.path.islink/lexists on the same tree.
import glob
import os

base = "/tmp/typhon-glob-module-%d" % os.getpid()
for d in ["a/b/c", "a/.hid", "x1", "x2", "y"]:
    os.makedirs(base + "/" + d)
for f in ["a/one.py", "a/two.txt", "a/b/three.py", "a/b/c/four.py", "a/.secret.py", "a/.hid/h.py",
          "x1/data.csv", "x2/data.csv", "top.py", "[odd].txt", "q?.txt"]:
    with open(base + "/" + f, "w") as fh:
        fh.write(f)
os.symlink(base + "/a/one.py", base + "/link.py")
os.symlink(base + "/missing", base + "/broken")

start = os.getcwd()
os.chdir(base)


def show(pattern, **kw):
    print(repr(pattern), kw, sorted(glob.glob(pattern, **kw)))


for p in ["*.py", "a/*", "a/*.py", "*/data.csv", "x[12]/*", "x[!1]/*", "?/*.txt", "a/b/c/*",
          "nothing*", "top.py", "nope.py", "a/", "a", "*/", "a/*/", ".*", "a/.*", "[[]odd].txt",
          "q[?].txt", "broken", "link.py", ""]:
    show(p)
for p in ["**", "**/*.py", "a/**", "a/**/*.py", "**/", "a/**/"]:
    show(p, recursive=True)
show("**/*.py")
show("a/**/*.py", recursive=True, include_hidden=True)
print(sorted(glob.glob("*.py", root_dir=base + "/a")))
show("**/*.py", root_dir="a", recursive=True)
print(sorted(glob.iglob("x*/*.csv")))
print(glob.escape("a*b?c[d].txt"), glob.escape("plain"), glob.has_magic("a[b"), glob.has_magic("ab"))
print(sorted(glob.glob(glob.escape("[odd].txt"))), sorted(glob.glob(glob.escape("q?.txt"))))
print(os.path.islink("link.py"), os.path.islink("top.py"), os.path.islink("nope"))
print(os.path.lexists("broken"), os.path.exists("broken"), os.path.lexists("nope"))
print(os.readlink("link.py") == base + "/a/one.py", os.lstat("link.py").st_size != os.stat("link.py").st_size)

for root, dirs, files in os.walk("a"):
    dirs.sort()
    print(root, dirs, sorted(files))
print([(r, sorted(f)) for r, d, f in os.walk("x1", topdown=False)])

os.chdir(start)
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        if os.path.islink(os.path.join(root, d)):
            os.remove(os.path.join(root, d))
    os.rmdir(root)
print(os.path.exists(base))
