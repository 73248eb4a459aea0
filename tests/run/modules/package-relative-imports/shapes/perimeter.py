# A submodule using `from .module import name`.
from .constants import SIDES
from .area import rectangle
def square(side):
    return side * SIDES["square"]
def describe(side):
    return "square of side " + str(side) + " has area " + str(rectangle(side, side))
