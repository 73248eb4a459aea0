"""A class and a function `ir/imported-class-typed.py` imports."""


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def norm2(v):
    return v.dot(v)
