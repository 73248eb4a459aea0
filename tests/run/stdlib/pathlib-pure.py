# pathlib's pure paths: parsing, joining with /, parts, name, suffixes,
# stem, parents, with_name/with_suffix/with_stem, relative_to, match,
# comparisons and the errors CPython raises.
from pathlib import PurePath, PurePosixPath, Path, PosixPath
import os

for text in ["", ".", "a", "a/b", "/a/b/", "//a", "///a", "a//b/./c", "./a", "../x/..", "/",
             "foo.tar.gz", ".bashrc", "a/b.", "x/.y.z"]:
    p = PurePath(text)
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          repr(p.root), repr(p.anchor), p.is_absolute(), repr(p.parent))

p = PurePosixPath("/usr") / "lib" / "python3.11" / "os.py"
print(p, type(p).__name__, p.parts)
print("/etc" / PurePath("a") / "b", PurePath("a") / "/abs" / "c")
print(PurePath("a", "b", "/c", "d"), PurePath(PurePath("x"), "y"), PurePath("a").joinpath("b", "c"))
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents)
print(p.parents[1:3], list(PurePath("a/b").parents))
try:
    p.parents[10]
except IndexError as e:
    print("IndexError", e)
print(p.with_name("re.py"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("sys"))
print(PurePath("a.tar.gz").with_suffix(".bz2"), PurePath("README").with_suffix(".md"))
for bad in [lambda: PurePath("/").with_name("x"), lambda: p.with_name("a/b"),
            lambda: p.with_name(""), lambda: p.with_suffix("txt"), lambda: p.with_suffix("."),
            lambda: p.with_suffix("/a"), lambda: PurePath("").with_suffix(".x")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(p.relative_to("/usr"), p.relative_to("/usr/lib/python3.11/os.py"), p.relative_to("/"))
print(PurePath("a/b/c").relative_to("a"), p.is_relative_to("/usr/lib"), p.is_relative_to("/etc"))
for bad in [("/etc",), ("usr",)]:
    try:
        p.relative_to(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    p.relative_to()
except TypeError as e:
    print("TypeError", e)
print(p.match("*.py"), p.match("lib/*/*.py"), p.match("/usr/*/*/*.py"), p.match("/*.py"),
      p.match("*.PY"), PurePath("a/b.py").match("c/a/b.py"))
try:
    p.match("")
except ValueError as e:
    print("ValueError", e)
print(PurePath("a") == PurePath("a/"), PurePath("a") == PurePath("b"), PurePath("a") == "a",
      PurePath("a") < PurePath("b"), sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]))
print(len({PurePath("x/y"), PurePath("x//y"), PurePath("x/./y")}))
print(PurePath("/tmp/a b#").as_uri(), PurePath("/a").as_posix(), PurePath("/a/é").__bytes__())
try:
    PurePath("a").as_uri()
except ValueError as e:
    print("ValueError", e)
for bad in [3, None, b"x"]:
    try:
        PurePath(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    PurePath("a") / 3
except TypeError as e:
    print("TypeError", e)
q = Path("a/b")
print(repr(q), type(q).__name__, isinstance(q, PurePath), isinstance(q, Path),
      isinstance(q, PurePosixPath), q == PurePosixPath("a/b"), repr(q / "c"), repr(q.parent))
print(os.fspath(q), os.path.join(q, "z"), os.path.basename(Path("/x/y.txt")), isinstance(q, os.PathLike),
      isinstance("s", os.PathLike))
print(f"{q}", "%s" % q, str(PurePath("a")) + "!")
