# A sequence on the left of `+` that refuses the right operand lets the
# right operand's __radd__ run first (CPython tries number slots before the
# sequence concatenation); NotImplemented from it gives the concat error.


class Tail:
    def __init__(self, tag):
        self.tag = tag

    def __radd__(self, other):
        return f"{type(other).__name__}+{self.tag}"


class Refuses:
    def __radd__(self, other):
        return NotImplemented


class Seq(list):
    pass


for left in ["ab", [1, 2], (1, 2), b"xy", bytearray(b"xy")]:
    print(left + Tail("t"))
    acc = left
    acc += Tail("i")
    print(acc)
    try:
        print(left + Refuses())
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(left + 5)
    except TypeError as e:
        print("TypeError:", e)

# A list subclass: `+` as list; `+=` runs the inherited __iadd__ (extend).
print(Seq([3]) + Tail("s"))
try:
    acc = Seq([3])
    acc += Tail("s")
except TypeError as e:
    print("TypeError:", e)

# The ordinary concatenations are unchanged.
print("a" + "b", [1] + [2], (1,) + (2,), b"a" + b"b", Seq([1]) + [2])

# The collections wrappers rely on it.
from collections import UserList, UserString

print([1] + UserList([2]), type([1] + UserList([2])).__name__)
print("a" + UserString("b"), type("a" + UserString("b")).__name__)
