# Instance layouts of classes with __slots__: the declared names are fixed
# slots (float ones unboxed), in declaration order whatever order __init__
# stores them in; unset slots, names outside __slots__, deletion, a
# subclass, reading __slots__ back and f-string pieces that spell an
# attribute name all behave as in CPython.


class P:
    __slots__ = ("x", "y", "label")

    def __init__(self, x, y):
        self.y = y
        self.x = x

    def norm2(self):
        return self.x * self.x + self.y * self.y


def slots_basic():
    p = P(3.0, 4.0)
    out = [p.norm2(), f"x={p.x} y={p.y}"]
    try:
        out.append(p.label)
    except AttributeError as exc:
        out.append("AttributeError: " + str(exc))
    p.label = "origin"
    out.append(p.label)
    try:
        p.z = 1.0
    except AttributeError as exc:
        out.append("AttributeError: " + str(exc))
    del p.label
    try:
        out.append(p.label)
    except AttributeError as exc:
        out.append("AttributeError: " + str(exc))
    p.x += 0.5
    out.append(p.norm2())
    return out


print(slots_basic())


class Q:
    __slots__ = "v"

    def __init__(self, v):
        self.v = v


class R(Q):
    __slots__ = ["w"]

    def __init__(self, v, w):
        super().__init__(v)
        self.w = w


def slots_inherit():
    q = Q(1.5)
    r = R(2.5, 3.5)
    return q.v, r.v, r.w, q.v + r.v + r.w


print(slots_inherit())


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def slots_read_back():
    s = S(1.0, 2.0)
    return S.__slots__, s.a + s.b, type(s.a).__name__


print(slots_read_back())
