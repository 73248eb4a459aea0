# Checks that a module beside the program named like a CPython built-in or
# frozen module (here the package `marshal/`) is not imported in its place:
# CPython finds its own `marshal` first.
import marshal  # error: [unavailable-module]
print(marshal.now())
