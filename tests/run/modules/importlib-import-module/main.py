# importlib.import_module with names written as string literals: the module
# itself (a submodule, not its package), run once on its first import, the
# same object an import statement gives, relative names with a literal
# package, native and standard-library modules, and a call in a function
# importing only when it runs.
import importlib
from importlib import import_module as load

print("start")
m = importlib.import_module("helper_mod")
print(m.VALUE, m.__name__)
again = load("helper_mod")
print(again is m)
import helper_mod

print(helper_mod is m)
sub = importlib.import_module("pkg_a.inner")
print(sub.__name__, sub.WHO)
import pkg_a

print(pkg_a.inner is sub)
print(importlib.import_module(".inner", "pkg_a") is sub)
print(importlib.import_module("..helper2", package="pkg_a.inner").NAME)
print(importlib.import_module("pkg_a").__name__, importlib.import_module(".", "pkg_a") is pkg_a)
math = importlib.import_module("math")
print(math.sqrt(16.0))
osp = importlib.import_module("os.path")
print(osp.basename("/a/b.txt"))


def lazy():
    return importlib.import_module("pkg_a.late")


print("before the call")
print(lazy().MESSAGE, lazy() is lazy())
print(importlib.invalidate_caches(), importlib.__name__)
