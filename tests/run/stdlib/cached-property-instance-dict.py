# functools.cached_property stores into the instance's __dict__ directly:
# it works on frozen dataclasses and classes with their own __setattr__,
# is computed once, can be reset with del, and needs a __dict__.
import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    price: int
    qty: int

    @functools.cached_property
    def total(self):
        print("computing total")
        return self.price * self.qty


o = Order(3, 4)
print(o.total, o.total)
print(o.__dict__)
del o.__dict__["total"]
print(o.total)


class Logged:
    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)

    @functools.cached_property
    def answer(self):
        return 42


g = Logged()
g.x = 1
print(g.answer, g.answer, sorted(g.__dict__))
g.answer = 7
print(g.answer)
del g.answer
print(g.answer)


class Slotted:
    __slots__ = ("v",)

    @functools.cached_property
    def doubled(self):
        return 2


try:
    Slotted().doubled
except TypeError as e:
    print("TypeError:", e)
