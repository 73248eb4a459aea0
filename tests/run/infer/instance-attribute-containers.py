# Containers as instance attributes: `self.stack = []` then
# `self.stack.append(x)` keeps the element kind; a container stored in an
# attribute and mutated through another reference (a local alias, another
# instance, an unknown receiver, a name reached by string, a class
# attribute of the same name) gets what those stores put in.
import sys


class Stack:
    def __init__(self):
        self.stack = []
        self.sizes = {}
        self.pos = (0.0, 0.0)

    def push(self, x):
        self.stack.append(x)
        self.sizes[len(self.stack)] = x * 2.0
        self.pos = (self.pos[0] + x, self.pos[1] - x)

    def total(self):
        s = 0.0
        for x in self.stack:
            s += x
        return s


class Box:
    def __init__(self):
        self.things = [1, 2]


class Shared:
    values = []

    def __init__(self, flag):
        if flag:
            self.values = [1.5]

    def add(self, x):
        self.values.append(x)


class Named:
    def __init__(self):
        self.data = [1, 2, 3]


def alias(box):
    things = box.things
    things.append("three")
    return box.things


def unknown(o):
    o.things.append(None)


def stacks():
    s = Stack()
    for i in range(5):
        s.push(i * 0.5)
    print(s.total(), s.stack, sorted(s.sizes.items()), s.pos)


def boxes():
    a = Box()
    b = Box()
    print(alias(a), b.things)
    f = unknown
    f(b)
    print(b.things, [x for x in b.things])
    a.things = b.things
    a.things.append(4.5)
    print(b.things)


def shared():
    s = Shared(False)
    s.add("x")
    t = Shared(True)
    t.add(2)
    print(Shared.values, t.values, s.values)


def named():
    n = Named()
    getattr(n, "data").append("by name")
    print(n.data, len(n.data))


stacks()
boxes()
shared()
named()
print(sys.version_info[0])
