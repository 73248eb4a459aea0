# `math.floor` replaced from another module: calls must see the new
# function; a module global written from outside (`mod.X = ...`) keeps
# its new value in that module's own functions.
import math
import patcher


def go(x):
    return math.floor(x * 2.5)


print(go(3.0))
print(patcher.scaled(2.0))
patcher.patch()
print(go(3.0))
patcher.SCALE = "ab"
print(patcher.scaled(2))
