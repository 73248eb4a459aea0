# Attributes an `__init__` stores only on some paths or in another order
# than its other paths leave empty slots below the instance's last filled
# one; a loop body that reads several fields at once must still raise
# AttributeError for the missing one, and see it once it is stored.


class Q:
    def __init__(self, full, a):
        if full:
            self.a = a
            self.b = a * 2.0
            self.c = a * 3.0
            self.d = a * 4.0
        else:
            self.d = a * 4.0
            self.a = a
            self.c = a * 3.0


def run(qs, rounds):
    s = 0.0
    for _ in range(rounds):
        for q in qs:
            s += q.a * q.b + q.c - q.d
            q.a += 1.0
    return s


qs = [Q(True, 1.0), Q(True, 2.0)]
print(run(qs, 4))
qs.append(Q(False, 3.0))
try:
    print(run(qs, 2))
except AttributeError as e:
    print("AttributeError:", e)
print([q.a for q in qs], qs[2].d, qs[2].c)
qs[2].b = 0.25
print(run(qs, 2), qs[2].b)


class R:
    def __init__(self, n):
        self.n = n
        self.w = 1.0


class S(R):
    def __init__(self, n):
        self.own = float(n)
        self.extra = 2.0
        if n > 1:
            R.__init__(self, n)


def weigh(rs):
    t = 0.0
    for r in rs:
        t += r.w * r.own + r.extra * r.w - r.own
    return t


rs = [S(2), S(3)]
print(weigh(rs))
rs.append(S(1))
try:
    print(weigh(rs))
except AttributeError as e:
    print("AttributeError:", e)
rs[2].w = 0.5
print(weigh(rs), rs[2].w, rs[2].own)
