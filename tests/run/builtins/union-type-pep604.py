# PEP 604 unions: `X | Y` of types, None and generic aliases builds a
# types.UnionType (annotations evaluated at def time, isinstance/issubclass,
# printing, equality, typing interplay).
import types
import typing
from typing import Optional, Union, get_args, get_origin


def find(items: list[str], key: str | None = None) -> int | None:
    return None


class Node:
    def link(self, other: "Node | None" = None) -> "Node":
        return self


print(find.__annotations__)
print(Node.link.__annotations__)
u = int | str
print(u, type(u), type(u).__name__, type(u).__module__, u.__args__)
print(int | None, None | int, list[int] | dict[str, int] | None, Node | None)
print(int | int, (int | str) | float, int | (str | float), int | str | int)
print(isinstance(3, u), isinstance("s", u), isinstance(2.5, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(True, (float, int | str)))
print(int | str == str | int, (int | str) != (int | float), hash(int | str) == hash(str | int))
print(Optional[int] == (int | None), (int | None) == Optional[int], Union[int | str, float])
print(get_args(int | None), get_origin(int | str) is types.UnionType, get_args(list[int]), get_origin(dict[str, int]))
print(isinstance(u, types.UnionType), int | typing.List[int])
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError:", e)
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
try:
    3 | str
except TypeError as e:
    print("TypeError:", e)
try:
    u.missing
except AttributeError as e:
    print("AttributeError:", e)


def describe(value: int | float | str | None) -> str:
    match value:
        case int() | float():
            return f"number {value}"
        case str():
            return f"text {value!r}"
        case None:
            return "nothing"


print([describe(v) for v in (1, 2.5, "x", None)])
