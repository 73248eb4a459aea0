# Checks that int() asks a user class's __int__ / __index__ before its
# built-in base's value (int and str subclasses), and that hex/oct/bin use
# __index__.
class I(int):
    def __int__(self):
        return 7


class Plain(int):
    pass


class S(str):
    def __int__(self):
        return 3


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(int(I(5)), type(int(I(5))).__name__, I(5) + 1)
print(int(Plain(9)), type(int(Plain(9))).__name__)
print(int(S("5")), int(S("12")) + 1)
print(int(True), int(False), type(int(True)).__name__)
print(hex(Idx(255)), oct(Idx(8)), bin(Idx(-5)))
print(hex(Plain(31)), bin(I(2)))
for bad in [Idx("x"), 1.5, "7"]:
    try:
        print(hex(bad))
    except TypeError as e:
        print("TypeError", e)
