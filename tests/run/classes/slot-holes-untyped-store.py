# Attributes stored through receivers of unknown type (a function called
# with instances of many classes) may skip slots of a typed class's
# layout; a loop body that reads several fields at once must still raise
# AttributeError for the empty one, and see it once stored.


class T:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class A1:
    pass


class A2:
    pass


class A3:
    pass


class A4:
    pass


class A5:
    pass


def put(o, name_value):
    o.d = name_value
    o.c = name_value + 1.0


def use(ts):
    s = 0.0
    for t in ts:
        s += t.a * t.b + t.c * t.d - t.e
    return s


def put_e(o, v):
    o.e = v


ts = [T(1.0, 2.0), T(3.0, 4.0)]
for t in ts:
    put(t, 5.0)
    put_e(t, 0.5)
for k in (A1, A2, A3, A4, A5):
    o = k()
    put(o, 1.0)
    put_e(o, 2.0)
    print(type(o).__name__, o.c, o.d, o.e)
print(use(ts))
u = T(6.0, 7.0)
put_e(u, 1.5)
ts.append(u)
try:
    print(use(ts))
except AttributeError as e:
    print("AttributeError:", e)
put(u, 2.0)
print(use(ts), u.c, u.d, u.e)
