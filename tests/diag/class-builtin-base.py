# Checks that subclassing a built-in type whose instance layout typhon cannot
# extend (`property`, `staticmethod`, ...) is rejected at compile time, while
# the data types and exceptions are accepted.
class Cached(property):  # error: [unsupported-feature]
    pass
class Fine(Exception):
    pass
class Stack(list):
    pass
print(Fine, Stack)
