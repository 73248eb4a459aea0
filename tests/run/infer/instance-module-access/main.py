# Classes and functions of a module reached through the module object
# (`m.C(...)`, `from m import C`, `m.f`) run their originals: the typed
# copies the other module's direct calls use do not stand in for them.
import shapes
from shapes import Square, largest

print(shapes.total(shapes.make(4)))
s = shapes.Square("ab")
print(s.side, Square(2.5).area())
items = shapes.make(3) + [Square(7)]
print(largest(items).side, shapes.largest(items).area())
f = shapes.total
print(f([Square(1.5), Square(2)]))
