# Float fields of typed instances read and written several times in one
# block (the slot pointer is checked once and reused, or every slot a loop
# body touches is checked before it): deleted attributes read and set
# again, a missing attribute raising in the middle, two names for one
# instance, an instance in a local that may be unbound, results that are
# NaN or infinite.


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def mix(a, b):
    d = a.x - b.x
    a.y += d * 2.0
    b.y -= d * 0.5
    a.z = a.y + b.y
    return a.x + a.y + a.z + b.x + b.y + b.z


def refill(a):
    s = a.x + a.y
    del a.y
    a.y = s * 3.0
    a.x = a.y - 1.0
    return a.x + a.y + a.z


def partial(a, b):
    first = b.x + a.x
    try:
        second = b.x + a.x + b.y
    except AttributeError as e:
        second = -1.0
        print("AttributeError:", e)
    b.y = first * 2.0
    return first, second, b.x + b.y


def aliased(a):
    b = a
    a.x = 1.5
    b.x = b.x * 4.0
    a.y = a.x + b.x
    return a.x, b.x, a.y


def specials(a):
    a.x = a.x * 1e308
    a.y = a.x - a.x
    a.z = a.y / 2.0
    return a.x, a.y, a.z, a.z == a.z


def step(pairs, dt):
    for a, b in pairs:
        d = a.x - b.x
        a.y += d * dt
        b.y -= d * dt
        a.z = a.y + b.y
        b.x = a.z / 4.0


def report(vs):
    for v in vs:
        print(v.x, v.y, v.z)


def loops():
    u, v, w = V(1.0, 2.0, 3.0), V(-1.0, 0.5, 2.0), V(4.0, 4.0, 4.0)
    for _ in range(3):
        step([(u, v), (v, w), (w, w), (u, u)], 0.5)
    report([u, v, w])
    big1, big2 = V(1.0, 2.0, 3.0), V(-1.0, 0.5, 2.0)
    step([(big1, big2)], 1e308)
    report([big1, big2])
    step([(big2, big1)], 1e308)
    report([big1, big2])
    del w.z
    try:
        step([(u, v), (w, u), (v, u)], 0.25)
    except AttributeError as e:
        print("AttributeError:", e)
    report([u, v])
    w.z = 1.0
    del w.y
    try:
        step([(u, w)], 0.25)
    except AttributeError as e:
        print("AttributeError:", e)
    report([u])


def maybe_unbound(flag, p):
    if flag:
        q = p
    for _ in range(2):
        p.x = p.x + 1.0
        p.y = p.y + 2.0
        q.x = q.x * 2.0
        q.y = q.y * 3.0
    return p.x, p.y


loops()
print(maybe_unbound(True, V(1.0, 2.0, 0.0)))
try:
    print(maybe_unbound(False, V(1.0, 2.0, 0.0)))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
p = V(1.0, 2.0, 3.0)
q = V(0.5, -1.0, 4.0)
for _ in range(3):
    print(mix(p, q))
print(refill(p), p.x, p.y, p.z)
print(refill(q), q.x, q.y, q.z)

r = V(2.0, 3.0, 4.0)
s = V(5.0, 6.0, 7.0)
print(partial(r, s))
del s.y
print(partial(r, s))
print(partial(r, s))
del s.x
try:
    print(partial(r, s))
except AttributeError as e:
    print("outside:", e)
print(aliased(V(0.0, 0.0, 0.0)))
print(aliased(p))
print(specials(V(10.0, 0.0, 0.0)))
print(specials(V(-10.0, 0.0, 0.0)))
