# Checks values stored into objects made in the same block and read back
# (fields, generic attribute reads, list items, locals) and groups of
# objects that reference only each other, which are then never made:
# cycles, self references, lists of new instances, negative and
# out-of-range indices, objects that escape, `del`, properties and
# exceptions raised half-way.
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []


def pair(i):
    a = Node(i)
    b = Node(i + 1)
    a.peer = b
    b.peer = a
    a.children.append(b)
    return a


def cycles(n):
    total = 0
    for i in range(n):
        g = pair(i)
        total += g.value + g.peer.peer.children[0].value
        if i == 3:
            total += len(g.peer.children) + len(g.children)
    return total


def pairs(n):
    total = 0
    for i in range(n):
        g = pair(i)
        total += g.value + g.peer.peer.children[0].value - g.children[-1].peer.value
    return total


class Loop:
    def __init__(self, value):
        self.value = value
        self.me = self
        self.kids = [self]


def self_ref(n):
    total = 0
    for i in range(n):
        a = Loop(i)
        a.kids.append(Loop(i * 2))
        total += a.me.me.value + a.kids[-1].value + a.kids[-2].me.value
    return total


def indices():
    out = []
    for k in (0, 1, -1, -2, 2, -3):
        items = [Loop(1), Loop(2)]
        items.append(Loop(3))
        try:
            out.append(items[k].value)
        except IndexError as e:
            out.append(str(e))
        try:
            out.append(items[k + 2].value)
        except IndexError as e:
            out.append(repr(e))
    return out


kept = []


def escapes(n):
    total = 0
    for i in range(n):
        a = Node(i)
        b = Node(-i)
        a.peer = b
        b.peer = a
        if i % 2:
            kept.append(b)
        total += a.peer.value
    return total


def reassigned(n):
    total = 0
    for i in range(n):
        a = Node(i)
        a.peer = Node(i * 3)
        p = a.peer
        a.peer = Node(i * 5)
        total += p.value + a.peer.value
        a = Node(7)
        total += a.value
    return total


def deleted():
    a = Node(1)
    a.peer = Node(2)
    v = a.peer.value
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print("unbound:", e)
    return v


class Prop:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2


def props(n):
    total = 0
    for i in range(n):
        p = Prop(i)
        q = Prop(p)
        total += q.x.double + q.x.x
    return total


def half_way(i):
    a = Node(i)
    b = Node(10 // i)
    a.peer = b
    return a.peer.value


def deep(n):
    if n == 0:
        a = Node(0)
        a.peer = Node(1)
        return a.peer.value
    return deep(n - 1)


print(cycles(10))
print(pairs(10), pairs(0))
print(self_ref(10))
print(indices())
print(escapes(6), [k.value for k in kept], [k.peer.value for k in kept])
print(reassigned(4))
print(deleted())
print(props(5))
print(half_way(5))
try:
    half_way(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(deep(50))
try:
    deep(sys.getrecursionlimit() + 10)
except RecursionError:
    print("RecursionError")
