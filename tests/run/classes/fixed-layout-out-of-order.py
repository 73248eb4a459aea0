# Checks classes with compile-time layouts whose attributes are stored out of
# layout order: a subclass's own attributes before its base's, attributes
# first stored by other methods, and a deleted attribute stored again.
class Base:
    def __init__(self, a):
        self.a = a
        self.b = a * 2


class Child(Base):
    def __init__(self, a, c):
        self.c = c
        super().__init__(a)
        self.d = c + 1


class Lazy:
    def __init__(self):
        self.first = 1

    def later(self):
        self.third = 3
        self.second = 2


def main():
    kids = [Child(i, i * 10) for i in range(5)]
    print([(k.a, k.b, k.c, k.d) for k in kids])
    k = kids[2]
    del k.b
    print(hasattr(k, "b"))
    try:
        print(k.b)
    except AttributeError as e:
        print("AttributeError", e)
    k.b = 99
    k.a += 1
    print(k.a, k.b, k.c, k.d)
    lazies = [Lazy() for _ in range(3)]
    lazies[1].later()
    print([(x.first, getattr(x, "second", None), getattr(x, "third", None)) for x in lazies])
    total = 0
    for x in lazies:
        x.later()
        x.second += x.first
        total += x.second + x.third
    print(total)


main()
