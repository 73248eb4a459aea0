# `type(x)` of an instance of a typed class is that class's object, so
# `type(self)(...)` constructs through the direct `__init__` copy, and
# `Point.x` keeps its kind `float`. A class read in a method of an untyped
# class (`__new__`) assumes `self` is that class's instance
# (`$class_of_self`) and leaves the typed classes standing.
# emit: types


class Point:
    def __init__(self, x):
        self.x = x

    def moved(self, dx):
        return type(self)(self.x + dx)


class Token:
    def __new__(cls, text):
        self = object.__new__(cls)
        self.text = text
        return self

    def twice(self):
        return type(self)(self.text * 2)


print(Point(1.5).moved(1.0).x, Token("ab").twice().text)
