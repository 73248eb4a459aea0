# Native methods the runtime itself looks up by name work in a program that
# never names them (the link step keeps them): in-place operators on lists,
# sets and dicts, a dict subclass's __init__, ** of a dict subclass,
# except* splitting exception groups (and a subclass's derive), print(file=).
import os

xs = [1]
xs += (2, 3)
print(xs)
s = {1, 2}
s |= {3}
s &= {2, 3}
s -= {3}
s ^= {5}
print(sorted(s))
d = {"a": 1}
d |= {"b": 2}
print(d)


class D(dict):
    pass


dd = D(a=1, b=2)
print(dd, D([("c", 3)]))


def f(**kw):
    return sorted(kw)


print(f(**dd))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("value", repr(e.exceptions))
except* TypeError as e:
    print("type", repr(e.exceptions))


class MyGroup(ExceptionGroup):
    pass


try:
    raise MyGroup("m", [KeyError("k"), OSError("o")])
except* KeyError as e:
    print(type(e).__name__, repr(e.exceptions))
except* OSError as e:
    print(type(e).__name__, repr(e.exceptions))
path = "/tmp/typhon-methods-looked-up-%d.txt" % os.getpid()
with open(path, "w") as out:
    print("to a file", 42, file=out, flush=True)
with open(path) as src:
    print(src.read(), end="")
os.remove(path)
