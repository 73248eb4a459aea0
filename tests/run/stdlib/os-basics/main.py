# Checks the basics of `os` and `os.path` (issue #4): the environment,
# the working folder, listing a folder, path joining, splitting and
# normalizing, existence checks, and the OSError subclasses with errno.
import os
import os.path
from os.path import basename, dirname, join, splitext

os.environ["TYPHON_TEST_VAR"] = "value"
print(os.getenv("TYPHON_TEST_VAR"), os.getenv("TYPHON_SURELY_UNSET"), os.getenv("TYPHON_SURELY_UNSET", "dflt"))
print("PATH" in os.environ, type(os.environ["PATH"]).__name__, os.sep, os.name, os.curdir, os.pardir, os.pathsep)
here = os.getcwd()
print(os.path.isabs(here), os.path.basename(here), sorted(os.listdir(".")), sorted(os.listdir(here)))
print(os.path.exists("main.py"), os.path.isfile("main.py"), os.path.isdir("main.py"), os.path.exists("nope.txt"))
print(os.path.isdir("."), os.path.isdir("data"), os.path.isfile("data/note.txt"), os.path.getsize("data/note.txt"))
print(os.path.abspath("data/../main.py") == join(here, "main.py"), os.getpid() > 0)
for parts in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a", "b/", "c")]:
    print(parts, join(*parts))
for path in ["a/b/c.txt", "/x", "x/", "/", "", "file", "a//b", ".bashrc", "a/.hidden.tar.gz", "dir.d/file", "//x"]:
    print(repr(path), basename(path), repr(dirname(path)), os.path.split(path), splitext(path), os.path.normpath(path))
for path in ["a/./b/../c", "/../x", "../../a", "a/b/../../..", "///a//b/", "//a/b", "./"]:
    print(repr(path), os.path.normpath(path))
for bad in [lambda: os.listdir("missing"), lambda: os.listdir("main.py"), lambda: os.path.getsize("missing"),
            lambda: join(1), lambda: join("a", 1), lambda: basename(None)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    except TypeError as e:
        print("TypeError", e)
