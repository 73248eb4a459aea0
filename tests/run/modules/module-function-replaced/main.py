# Checks that a module's function replaced from outside (setattr with a
# literal or computed name, an attribute target of a for loop) is what the
# module's own calls reach afterwards.
import shapes


def loud():
    return "LOUD"


def quiet():
    return "quiet"


print(shapes.describe())
setattr(shapes, "name", loud)
print(shapes.describe())
attribute = "label"
setattr(shapes, attribute, quiet)
print(shapes.describe())
for shapes.name in [quiet, loud]:
    print(shapes.describe())
