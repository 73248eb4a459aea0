# Instance inference: the construction is $new_instance plus a direct call
# of the __init__ copy, the method call a direct call of the copy for the
# class, and the float attributes feed native arithmetic in the copy.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def main():
    p = Point(3.0, 4.0)
    return p.norm2()


print(main())
# flags: --no-inline
