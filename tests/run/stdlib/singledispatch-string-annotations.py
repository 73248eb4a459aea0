# functools.singledispatch register resolves string annotations (from __future__ import annotations) through typing.get_type_hints.
from __future__ import annotations
import functools

class Shape:
    pass

@functools.singledispatch
def describe(x):
    return "thing"

@describe.register
def _(x: int):
    return "int"

@describe.register
def _(x: Shape) -> str:
    return "shape"

try:
    @describe.register
    def _(x: "list[int]"):
        return "list"
except TypeError as exc:
    print("TypeError", exc)

print(describe(1), describe(Shape()), describe("s"))
