# A submodule using a relative import of a sibling module.
from . import constants
UNIT = "cm2"
def rectangle(w, h):
    return w * h
def circle_area(r):
    return round(constants.PI * r * r, 4)
