# round() calls a user class's __round__, passing ndigits only when given
# (and unchecked); a class without it gets CPython's TypeError.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        print("round called with", ndigits)
        if ndigits is None:
            return (self.cents + 50) // 100
        return Money(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


print(round(Money(1250)))
print(round(Money(1249), 2))
print(round(Money(7), None))
print(round(Money(7), "anything"))


class Plain:
    pass


try:
    round(Plain())
except TypeError as e:
    print(e)
try:
    round(Plain(), 1)
except TypeError as e:
    print(e)
try:
    round(Plain(), "x")
except TypeError as e:
    print(e)
try:
    round([1], 1.5)
except TypeError as e:
    print(e)
try:
    round(2.5, 1.5)
except TypeError as e:
    print(e)
print(round(True), round(2.5), round(-7, -1), round(1.25, 1))
