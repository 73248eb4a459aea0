# Checks a program that writes to stderr itself and then fails with a
# KeyError whose key is a tuple.
import sys
print("warning: about to look up", file=sys.stderr)
table = {(1, 2): "a"}
print(table[(1, 2)])
print(table[(2, 1)])
