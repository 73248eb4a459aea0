# Checks that a module beside the program named like a CPython built-in or
# frozen module (here the package `time/`) is not imported in its place:
# CPython finds its own `time` first.
import time  # error: [unavailable-module]
print(time.now())
