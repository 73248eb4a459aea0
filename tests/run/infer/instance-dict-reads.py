# vars(x), x.__dict__ and getattr(x, "__dict__") on instances of typed
# classes: reads and writes through the dict, fast attribute access after
# the instance's attributes moved to its dict, escaped receivers, and a
# class whose dict nothing reads keeping its typed attributes.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


class Q:
    def __init__(self, a):
        self.a = a


class R:
    """Nothing reads an R's dict: its float attributes stay unboxed."""

    def __init__(self, v):
        self.v = v

    def scaled(self, k):
        return self.v * k


class Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def dump(obj):
    # `obj` is whatever the caller passes: an escaped instance.
    return sorted(vars(obj).items())


def main():
    p = P(3.0, 4.0)
    print(p.norm())
    d = vars(p)
    print(d)
    d["x"] = "s"
    print(p.x)
    p.__dict__["y"] = 2
    print(p.y, vars(p))
    p.x = 5.0
    p.y = 1.5
    print(p.norm())
    total = 0.0
    for i in range(1000):
        p.x = i * 0.5
        total += p.norm()
    print(total)
    d["extra"] = [1, 2]
    print(p.extra, sorted(d))
    del d["extra"]
    print(hasattr(p, "extra"))

    q = Q([1, 2])
    print(q.__dict__)
    q.__dict__.update(a=7, b=8)
    print(q.a, q.b, getattr(q, "__dict__"))
    print(hasattr(q, "__dict__"))
    del q.__dict__["b"]
    print(vars(q))

    r = R(2.5)
    acc = 0.0
    for k in range(100):
        acc += r.scaled(k)
    print(acc)

    n1 = Namespace(a=1, b="two")
    n2 = Namespace(a=1, b="two")
    n3 = Namespace(a=1)
    print(n1 == n2, n1 == n3, "a" in n1, "c" in n1)
    n3.b = "two"
    print(n1 == n3, vars(n3))

    print(dump(Q(3)), dump(P(1.0, 2.0)), dump(n1))
    try:
        vars(5)
    except TypeError as e:
        print("TypeError:", e)


main()
