# Checks that a class with a metaclass keyword is rejected (typhon compiles
# classes with the default metaclass only), pointing at the keyword.
class Point(metaclass=type):  # error: [unsupported-feature]
    pass
