# Reads of a module's globals through `m.X` and calls `m.f(...)` stay
# right when the name stops holding the module, when another module
# rebinds the attribute, and when it is deleted; `from m import f` keeps
# the function it imported.
import tools
import other
from tools import double, scale, Box


def use(label):
    print(label, tools.LIMIT, tools.double(4), tools.scale(2), tools.scale(2, factor=5))
    print(label, tools.RATE is tools.RATE, tools.Box(7).v)


def swap():
    global tools
    tools = other


use("start")
tools.LIMIT = 11
tools.double = lambda x: -x
use("rebound")
print("imported", double(4), scale(3), Box(1).v)
swap()
print("swapped", tools.LIMIT, tools.double(5))
import tools
del tools.LIMIT
try:
    print(tools.LIMIT)
except AttributeError as e:
    print("AttributeError:", e)
setattr(tools, "scale", lambda x, factor=1: "computed " + str(x * factor))
use2 = getattr(tools, "scale")
print(use2(4), tools.scale(4), scale(4))
