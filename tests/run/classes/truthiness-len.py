# Truthiness of instances: __bool__, __len__ as fallback, default true, errors for bad __bool__ results; while loops over objects.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n > 0

    def tick(self):
        self.n -= 1


c = Countdown(3)
while c:
    print("tick", c.n)
    c.tick()
print(bool(c), not c, c or "fallback", Countdown(1) and "and-value")


class Sized:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


print(bool(Sized([])), bool(Sized([1])), "yes" if Sized([0]) else "no", not Sized([]))


class Default:
    pass


print(bool(Default()), not Default())


class BadBool:
    def __bool__(self):
        return 1


try:
    if BadBool():
        pass
except TypeError as e:
    print(e)


class BadLen:
    def __len__(self):
        return "3"


try:
    bool(BadLen())
except TypeError as e:
    print(e)
items = [Sized([]), Sized([1, 2]), Default(), Countdown(0)]
print([bool(x) for x in items], any(items), all(items))
