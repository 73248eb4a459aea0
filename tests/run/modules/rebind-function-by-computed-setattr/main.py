# A module function rebound through `setattr` on its module with a name
# computed at run time: calls inside that module (direct while the global
# still holds the `def`'s function) go to the replacement afterwards,
# with float and int arguments, and an instance's computed setattr in
# the same program keeps working.
import shapes_lib


class Box:
    def __init__(self, w):
        self.w = w


def louder(x, k):
    return "replaced " + str(x * k)


b = Box(2.5)
setattr(b, "w" if len(shapes_lib.__name__) > 3 else "h", 4.0)
print(b.w, shapes_lib.area(3.0, 2.0), shapes_lib.total([1.5, 2.5], 2.0))
setattr(shapes_lib, "sc" + "ale", louder)
print(shapes_lib.area(3.0, 2.0), shapes_lib.total([1, 2], 3))
print(shapes_lib.scale(2, 5))
