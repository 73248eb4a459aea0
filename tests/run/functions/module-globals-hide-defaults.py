# A module's globals(), dir() and vars() list only the names the program
# binds: the slots the compiler keeps for directly called functions'
# default values stay hidden.
import sys  # a module global too


def scale(x, factor=2, *, offset=0):
    return x * factor + offset


def clamp(v, low=0, high=10):
    return max(low, min(high, v))


print(scale(3), scale(3, 4, offset=1), clamp(15), clamp(-2, high=5))
names = sorted(k for k in globals() if not k.startswith("__"))
print(names)
print(sorted(k for k in dir() if not k.startswith("__")))
print(hasattr(scale, "__defaults__"), scale.__defaults__, scale.__kwdefaults__)
