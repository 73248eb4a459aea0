# typing.get_type_hints resolves string annotations (forward references) in the module's globals, for functions, classes and their bases; typing.ForwardRef.
import typing
from typing import ForwardRef, Optional, List, Dict, get_type_hints


class Node:
    value: int
    next: "Optional[Node]"
    children: "List[Node]"

    def link(self, other: "Node", weight: "float" = 1.0) -> "Node":
        return other


class Tree(Node):
    root: "Node | None"
    label: str


def build(nodes: "list[Node]", index: "Dict[str, int]", flag: None = None) -> "Tree":
    return Tree()


def plain(a: int, b: "str") -> None:
    pass


def unannotated(a, b):
    pass


print(get_type_hints(Node))
print(get_type_hints(Tree))
print(get_type_hints(Node.link))
print(get_type_hints(build))
print(get_type_hints(plain))
print(get_type_hints(unannotated))
print(get_type_hints(build)["nodes"] == list[Node])

ref = ForwardRef("Node")
print(ref, repr(ref), ref.__forward_arg__, ref.__forward_evaluated__)
print(ref == ForwardRef("Node"), ref == ForwardRef("Tree"), hash(ref) == hash(ForwardRef("Node")))
print(ForwardRef("int", module="builtins"))
try:
    ForwardRef(3)
except TypeError as exc:
    print("TypeError", exc)
try:
    ForwardRef("1 +")
except SyntaxError as exc:
    print("SyntaxError", exc)


def broken(x: "Missing") -> int:
    return 0


try:
    get_type_hints(broken)
except NameError as exc:
    print("NameError", exc)


# A decorator that dispatches on resolved hints, the common use.
def checked(func):
    hints = get_type_hints(func)

    def wrapper(*args):
        for name, arg in zip(func.__code__.co_varnames, args):
            expected = hints.get(name)
            if isinstance(expected, type) and not isinstance(arg, expected):
                raise TypeError(f"{name} must be {expected.__name__}, not {type(arg).__name__}")
        return func(*args)
    return wrapper


@checked
def scale(node: "Node", factor: "int") -> "Node":
    node.value = node.value * factor
    return node


n = Node()
n.value = 3
print(scale(n, 4).value)
try:
    scale(n, "x")
except TypeError as exc:
    print("TypeError", exc)
