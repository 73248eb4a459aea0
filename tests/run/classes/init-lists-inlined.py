# Constructors whose __init__ builds lists (inlined into the caller, with
# the instance's first stores made without checks): attribute values and
# their insertion order (vars), a later store out of __init__'s order, a
# subclass overriding __init__, a subclass adding attributes after the
# base's, instances linked in cycles, and an __init__ that raises (its
# frame in the traceback).
import traceback


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []
        self.log = [value, value * 2]
        self.log.append(-value)


class Loud(Node):
    def __init__(self, value):
        self.extra = [value]
        self.value = value + 100


class Tagged(Node):
    def __init__(self, value):
        Node.__init__(self, value)
        self.tag = "t" + str(value)


class Later:
    def __init__(self, x):
        self.b = [x]
        self.a = x

    def set_c(self):
        self.c = []
        self.c.append(self.a)


def build(i):
    a = Node(i)
    b = Node(i + 1)
    a.peer = b
    b.peer = a
    a.children.append(b)
    return a


total = 0
for i in range(1000):
    g = build(i)
    total += g.value + g.peer.peer.children[0].value + len(g.log)
print(total)

n = Node(3)
print(vars(n))
print(list(vars(Loud(4))))
print(vars(Tagged(5)))
later = Later(7)
print(vars(later))
later.set_c()
print(vars(later))
later2 = Later(8)
del later2.b
later2.b = ["again"]
print(vars(later2))

g = build(10)
print(g.peer.peer is g, g.children[0] is g.peer, g.peer.children)


class Bad:
    def __init__(self, x):
        self.items = [x]
        self.items.append(x)
        self.total = self.items[0] + "!"


def make_bad():
    return Bad(1)


try:
    make_bad()
except TypeError:
    traceback.print_exc()
