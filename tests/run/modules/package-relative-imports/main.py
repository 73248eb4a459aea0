# Checks packages: `from pkg.mod import f`, `import pkg.mod`, and relative
# imports (`from . import x`, `from .mod import y`) inside the package.
from shapes.area import rectangle, circle_area
import shapes.perimeter
import shapes
print(rectangle(3, 4), circle_area(1.0))
print(shapes.perimeter.square(5), shapes.perimeter.describe(2))
print(shapes.NAME, shapes.area.UNIT)
