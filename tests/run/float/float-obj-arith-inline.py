# `+ - *` of two exact floats held as objects (mixed lists, values inference
# cannot pin down) are computed in line; float subclasses, ints, bools and
# other operands still take the full protocol (results of exact floats).


class F(float):
    def __repr__(self):
        return "F(" + float.__repr__(self) + ")"


def combine(items):
    out = []
    for a in items:
        for b in items:
            try:
                r = (a + b, a - b, a * b)
                out.append((r, [type(x).__name__ for x in r]))
            except TypeError as e:
                out.append(str(e))
    return out


nan = float("nan")
inf = float("inf")
values = [1.5, -0.0, 0.0, inf, -inf, nan, 1e308, 3, True, F(2.0), "s"]
for row in combine(values):
    print(row)

acc = 0
for x in [0.1, 0.2, 0.3, 1e-17, -0.0]:
    acc += x
    acc -= x * 0.5
print(acc, repr(acc))
z = -0.0
z += -0.0
print(z, 1e308 * 10, -1e308 - 1e308)
