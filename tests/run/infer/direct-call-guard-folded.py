# Direct calls of module functions in programs with a computed `setattr`:
# unguarded when it reaches only instances, guarded (and still right when
# the function is replaced) when it may reach a module object.
import sys


class Box:
    pass


def twice(n):
    return n * 2


def half(n):
    return n / 2


box = Box()
for name in ("a" + "b", "c" + "d"):
    setattr(box, name, twice(len(name)))
print(box.ab, box.cd, twice(21) + 1, half(7) + 0.5)

this = sys.modules[__name__]
setattr(this, "tw" + "ice", half)
print(twice(21), [twice(k) for k in range(3)])
object.__setattr__(this, "ha" + "lf", twice)
print(half(4), twice(4))
