# Checks the import order of the standard library (issue #4): a module
# beside the program named like a standard-library module written in Python
# (`string`) is imported in its place, as CPython's `sys.path` order does.
import string

print(string.ascii_letters)
print(string.capwords("a b"))
