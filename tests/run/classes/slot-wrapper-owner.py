# An unbound slot wrapper or object method applies its owner's behaviour,
# not the receiver's type's: int.__repr__(True), object.__repr__(3),
# object.__str__ of a str subclass with its own repr, int's operators on
# bools.
print(int.__repr__(True), int.__str__(False), repr(int.__repr__(True)))
print(int.__add__(True, True), type(int.__add__(True, True)).__name__)
print(int.__and__(True, True), type(int.__and__(True, True)).__name__)
print(bool.__and__(True, True), bool.__or__(False, False))
print(int.__neg__(True), int.__invert__(False))
print(object.__repr__(3).startswith("<int object at 0x"))
print(object.__repr__("a").startswith("<str object at 0x"))
print(object.__str__(5), object.__str__([1, 2]))


class S(str):
    def __repr__(self):
        return "S-repr"


print(object.__str__(S("a")), str.__str__(S("a")), str.__repr__(S("a")))
print(object.__repr__(S("a")).startswith("<__main__.S object at 0x"))


class I(int):
    def __repr__(self):
        return "I!"

    def __add__(self, other):
        return "I+"


print(int.__repr__(I(5)), repr(I(5)), str(I(5)), int.__str__(I(7)))
print(int.__add__(I(5), 1), I(5) + 1, type(int.__add__(I(5), 1)).__name__)
print(float.__repr__(2.5), float.__add__(1.5, True))
print(object.__eq__(3, 3), object.__ne__(3, 4), object.__eq__(3, 4))
print(int.__eq__(True, 1), int.__lt__(False, True), int.__hash__(True))
try:
    int.__repr__("x")
except TypeError as e:
    print("TypeError:", e)
