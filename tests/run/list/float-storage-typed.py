# Typed code reading and writing lists of floats (loads without a box,
# stores and appends of unboxed doubles) agrees with CPython, also when a
# NaN stored on the way turns a list back into ordinary object storage.
def fill(n: int) -> list:
    u = [1.0] * n
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += u[j] * 0.5 + i
        out.append(acc)
    for i in range(n):
        u[i] = out[i] * 2.0 - u[i]
    t = 0.0
    for x in u:
        t += x
    print(u[:3], t, out[-1], len(out))
    return u[:]


def nan_midway(n: int) -> None:
    v = [0.0] * n
    w = []
    for i in range(n):
        x = float(i) - 2.0
        w.append(x / 0.0 if False else x * 1e308 * 10.0 - x * 1e308 * 10.0)
        v[i] = x * 1e308 * 10.0
    s = 0.0
    for i in range(n):
        s += v[i]
    print(v, w, s)


def negative_index(n: int) -> None:
    v = [0.25] * n
    v[-1] = -0.0
    v[-n] = 2.0
    print(v[-1], v[-n], v)
    try:
        v[n] = 1.0
    except IndexError as exc:
        print("IndexError", exc)
    try:
        print(v[-n - 1] + 1.0)
    except IndexError as exc:
        print("IndexError", exc)


u = fill(6)
u.append("end")
print(u[-2:])
nan_midway(5)
negative_index(4)
