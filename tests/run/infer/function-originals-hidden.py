# A module-level function called directly gets a typed copy; its original
# (entered through the function object) is left out only while nothing can
# reach that object: a value use, a module attribute load, `from m import`
# or a string name make it reachable again.

class P:
    def __init__(self, x):
        self.x = x


def bump(p, d):
    p.x += d
    return p.x


def scale(p, k):
    p.x = p.x * k
    return p.x


def as_value(p, k):
    p.x = p.x - k
    return p.x


def named(p):
    return p.x


def main():
    p = P(1.5)
    print(bump(p, 2.0), scale(p, 3.0), as_value(p, 0.5))
    f = as_value
    q = P(2)
    print(f(q, 1), q.x)
    print(list(map(named, [p, q])))
    print(getattr(p, "x"))


main()
