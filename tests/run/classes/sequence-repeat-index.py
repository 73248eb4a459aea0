# Checks sequence repetition with a count whose class defines __index__
# (list, tuple, str, bytes, in both operand orders and *=), a count class
# with __rmul__ tried before repeating, CPython's "can't multiply sequence
# by non-int" message for every sequence type, __reversed__ = None, and
# object.__init_subclass__'s argument checks.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Twice:
    def __rmul__(self, other):
        return ("rmul", other)


print([0] * Idx(3), Idx(2) * [1, 2], (1,) * Idx(2), "ab" * Idx(3), Idx(2) * b"xy")
print([1] * Idx(-1), "x" * Idx(0))
items = [7]
items *= Idx(3)
print(items)
print([1] * Twice(), "s" * Twice())
items = [5]
items *= Twice()
print(items)
for seq in [[1], (1,), "s", b"b"]:
    for count in [2.5, "x", None, object]:
        try:
            seq * count
        except TypeError as e:
            print(type(seq).__name__, "TypeError", e)
for count in [2.5, "x"]:
    try:
        count * [1]
    except TypeError as e:
        print("reflected TypeError", e)
lst = [1]
try:
    lst *= 1.5
except TypeError as e:
    print("inplace TypeError", e)
try:
    [1] * 10**30
except OverflowError as e:
    print("OverflowError", e)


class BadIndex:
    def __index__(self):
        return "no"


try:
    [1] * BadIndex()
except TypeError as e:
    print("TypeError", e)


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


try:
    reversed(NotReversible())
except TypeError as e:
    print("TypeError", e)

for call in [lambda: object.__init_subclass__(1), lambda: object.__init_subclass__(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(object.__init_subclass__())
