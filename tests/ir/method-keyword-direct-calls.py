# Keyword arguments and defaults on known instances: the construction and
# the method call become direct calls of the copies, keywords mapped to
# their parameters and the missing one filled with its constant default.
class Box:
    def __init__(self, w, h=1.0):
        self.w = w
        self.h = h

    def area(self, scale=1.0, extra=0.0):
        return self.w * self.h * scale + extra


def main():
    b = Box(h=2.0, w=3.0)
    return b.area(extra=0.5)


print(main())
# flags: --no-inline
