# CPython's error messages for common mistakes with classes and instances.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        return P(self.x + dx, self.y)

    @property
    def size(self):
        return 1


def attempt(label, action):
    try:
        action()
    except (TypeError, AttributeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


p = P(1, 2)
attempt("missing arg", lambda: P(1))
attempt("too many", lambda: P(1, 2, 3))
attempt("keyword", lambda: P(1, y=2, z=3))
attempt("method args", lambda: p.move())
attempt("method too many", lambda: p.move(1, 2))
attempt("no attr", lambda: p.nope)
attempt("class no attr", lambda: P.nope)
attempt("not callable", lambda: p())
attempt("property set", lambda: setattr(p, "size", 3))
attempt("unbound call", lambda: P.move(5))
attempt("no len", lambda: len(p))
attempt("not iterable", lambda: list(p))
attempt("not subscriptable", lambda: p[0])
attempt("no item assignment", lambda: p.__setitem__)
attempt("unsupported +", lambda: p + p)
attempt("unsupported <", lambda: p < p)
attempt("bad operand", lambda: -p)
attempt("isinstance arg", lambda: isinstance(p, 5))
attempt("issubclass arg", lambda: issubclass(p, P))
attempt("getattr name", lambda: getattr(p, 5))
attempt("super outside", lambda: super())
print(p == p, p != P(1, 2), hash(p) == hash(p))
