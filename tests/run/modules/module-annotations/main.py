# Module __annotations__: the main module's dict of its annotated names (values evaluated in order, strings kept, parenthesised and attribute targets left out), imported modules' own dicts, an empty dict made on first read elsewhere, and NameError from an annotation.
import __main__
import sys
import annotated_mod
import plain_mod

x: int = 3
y: "forward"
(z): int = 4


class K:
    pass


K.attr: list[int] = 5
print("__annotations__" in dir(__main__), getattr(__main__, "__annotations__"))
print(__annotations__, K.attr)
print(__main__.__annotations__ is __annotations__)


def read():
    return __annotations__


print(read() is __annotations__)
print("__annotations__" in dir(plain_mod))
print(plain_mod.__annotations__, "__annotations__" in dir(plain_mod))
print(plain_mod.__annotations__ is plain_mod.__annotations__)
print(annotated_mod.__annotations__, annotated_mod.names())
print(getattr(sys, "__annotations__"))
try:
    w: undefined_thing = 1
except NameError as e:
    print(e, w)
print(sorted(n for n in dir() if n.startswith("__")))
