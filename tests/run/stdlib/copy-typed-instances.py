# copy.copy / copy.deepcopy of instances of classes inference types (the
# copy module moves attributes through the runtime, so importing it keeps
# the classes typed), a class whose __deepcopy__ returns another kind, and
# collections.UserDict / UserList copies.
import collections
import copy


class Point:
    def __init__(self, x, items):
        self.x = x
        self.items = items

    def total(self):
        return self.x + sum(self.items)


p = Point(1.5, [1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
q.items.append(3)
r.x = 10.0
print(p.total(), q.total(), r.total(), p.items is q.items, p.items is r.items)
print(type(q).__name__, type(r).__name__)


class Odd:
    def __init__(self):
        self.v = 1

    def __deepcopy__(self, memo):
        return 42


class Holder:
    def __init__(self):
        self.odd = Odd()
        self.point = Point(2.0, [])


h = copy.deepcopy(Holder())
print(h.odd, h.point.total())

cycle = Point(0.0, [])
cycle.items.append(0)
cycle.me = cycle
c2 = copy.deepcopy(cycle)
print(c2.me is c2, c2 is not cycle, c2.total())

ud = collections.UserDict({"a": 1})
ud.extra = "e"
ud2 = copy.copy(ud)
ud2["b"] = 2
print(ud, ud2, ud2.extra, ud.data is ud2.data)
ul = collections.UserList([1, 2])
ul3 = copy.copy(ul)
ul3.append(3)
print(ul, ul3)
try:
    copy.copy(iter)
except Exception as e:
    print(type(e).__name__)
print(copy.copy(p.items) == p.items)
