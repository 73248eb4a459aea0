# Checks that subclassing a built-in container type is rejected at compile
# time (typhon extends only `object` and the exception types so far).
class Stack(list):  # error: [unsupported-feature]
    pass
class Fine(Exception):
    pass
print(Fine)
