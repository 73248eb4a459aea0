# Module `__file__` and `__package__`: absolute paths (the main file's folder
# is the current folder when the tests run), `None` as the main module's
# package, `''` for a top-level module, the package's name in a package and
# its submodules; read as globals, as module attributes and through getattr;
# the usual "data file beside the script" idiom.
import os
import helper
import pkg.sub
from pkg import sub

here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isabs(__file__), os.path.basename(__file__), here == os.getcwd())
print(os.path.basename(helper.__file__), os.path.dirname(helper.__file__) == here)
print(os.path.relpath(pkg.__file__, here), os.path.relpath(sub.__file__, here))
print(repr(__package__), repr(helper.__package__), repr(pkg.__package__), repr(sub.__package__))
print(helper.where() == helper.__file__, getattr(pkg, "__file__") == pkg.__file__)
with open(os.path.join(here, "data.txt")) as f:
    print(f.read().strip())
