# Function `__annotations__`: evaluated when the `def` runs, parameters in
# order then `return`, on methods and bound methods too; an empty dict made
# on first access and kept; `functools.singledispatch` registers by the
# first parameter's annotation.
from functools import singledispatch
from typing import List, Optional

order = []


def note(value):
    order.append(value)
    return value


def f(a: note(int), b: "str" = note(1), *args: float, c: List[int], **kw: dict) -> Optional[str]:
    return None


print(f.__annotations__)
print(order)


def g(x):
    return x


print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)


class Shape:
    def area(self, scale: float = 1.0) -> float:
        return 0.0

    @staticmethod
    def make(kind: str) -> "Shape":
        return Shape()


print(Shape.area.__annotations__, Shape().area.__annotations__)
print(Shape.make.__annotations__, (lambda x: x).__annotations__)


@singledispatch
def describe(obj):
    return "object " + repr(obj)


@describe.register
def _(obj: int):
    return "int " + str(obj)


@describe.register
def _(obj: list, verbose: bool = False) -> str:
    return "list of " + str(len(obj))


@describe.register(float)
def _(obj):
    return "float %.2f" % obj


print(describe(3), describe([1, 2]), describe(2.5), describe("s"), describe(True))
try:
    @describe.register
    def _(obj):
        return "none"
except TypeError as exc:
    print("TypeError:", str(exc).split(":")[0])
try:
    @describe.register
    def _(obj: 3):
        return "none"
except TypeError as exc:
    print("TypeError:", exc)
from typing import get_type_hints


def typed(a: int, b: str = "x") -> None:
    pass


print(get_type_hints(typed))
