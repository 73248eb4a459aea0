# Method defaults: a mutable default is one object shared by every call
# (direct or not), and defaults replaced through __defaults__ after the def
# are the ones later calls use (no stale constant).


class Bag:
    def __init__(self, items=[]):
        self.items = items

    def add(self, x, into=[], times=1):
        for _ in range(times):
            into.append(x)
        return into

    def scaled(self, x, factor=2):
        return x * factor


def mutable_shared():
    a = Bag()
    b = Bag()
    a.items.append(1)
    print(b.items, a.items is b.items)
    first = a.add(1)
    second = b.add(2, times=2)
    print(first, second, first is second)
    print(a.add(3, into=[]), a.add(times=0, x=4))


def defaults_replaced():
    b = Bag([5])
    print(b.scaled(3), b.scaled(3, factor=3), b.scaled(factor=4, x=1))
    Bag.scaled.__defaults__ = (10,)
    print(b.scaled(3), b.scaled(x=2), b.scaled(3, 1))
    Bag.scaled.__defaults__ = None
    try:
        b.scaled(3)
    except TypeError as e:
        print("TypeError:", e)
    print(b.scaled(3, factor=5))


mutable_shared()
defaults_replaced()
