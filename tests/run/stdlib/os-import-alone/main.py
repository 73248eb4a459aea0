# Checks that a plain `import os` works (os/__init__ imports its own
# submodule with `from . import path`), and that a package whose
# __init__ does `from . import sub` gets the submodule, not a missing name.
import os
import pkg

print(os.sep, os.path.join("a", "b"), os.path.basename("/x/y.txt"))
print(pkg.sub.VALUE, pkg.helper(), pkg.LOCAL)
