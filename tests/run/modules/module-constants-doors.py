# Checks that a reflective door (`setattr` / `delattr` on the module
# object) keeps every global's read and its NameError test: constants
# rebound and deleted by computed name are seen by functions.
import sys

LIMIT = 10
SCALE = 2


def scaled(x):
    return x * SCALE if x < LIMIT else LIMIT


me = sys.modules[__name__]
print(scaled(3), scaled(30))
setattr(me, "SC" + "ALE", 5)
setattr(me, "".join(["LI", "MIT"]), 100)
print(scaled(3), scaled(30))
delattr(me, "SCALE"[:])
try:
    scaled(1)
except NameError as e:
    print("NameError:", e)
