# emit: types
# A class and a function imported from another module are typed as when
# defined here: instances are `Vec`, calls of `norm2` and `vectors.norm2`
# are direct, and no original is entered with `obj` arguments.
from imported.vectors import Vec, norm2
import imported.vectors as vectors


def total(n):
    s = 0.0
    for i in range(n):
        v = Vec(float(i), 1.0)
        w = vectors.Vec(1.0, float(i))
        s += norm2(v) + vectors.norm2(w) + v.dot(w)
    return s


print(total(10))
