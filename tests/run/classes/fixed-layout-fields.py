# Instance attributes at fixed slots of a compile-time class layout: loads
# and stores through typed receivers, attributes set only on some paths,
# deleted attributes, stores in another order than the layout's (the
# instance moves to a dict), subclasses with their own layouts, names
# stored through untyped receivers, and attributes shadowing nothing.


class Node:
    def __init__(self, value, tag):
        self.value = value
        if tag:
            self.tag = tag
        self.count = 0

    def bump(self, k):
        self.count = self.count + k
        return self.count

    def describe(self):
        if hasattr(self, "tag"):
            return f"{self.value}:{self.tag}:{self.count}"
        return f"{self.value}:-:{self.count}"

    def drop_tag(self):
        del self.tag

    def retag(self, tag):
        self.tag = tag


class Leaf(Node):
    def __init__(self, value):
        self.extra = [value]
        super().__init__(value, "leaf")

    def describe(self):
        return "leaf " + super().describe() + f" {self.extra}"


class Later:
    def __init__(self):
        self.a = 1

    def second(self):
        self.b = 2
        self.c = 3

    def reversed_fill(self):
        self.c = 30
        self.b = 20

    def total(self):
        return self.a + self.b + self.c


def tagged_or_not(n):
    nodes = []
    for i in range(n):
        nodes.append(Node(i, "t" if i % 2 else None))
    return nodes


def main():
    a = Node(1, "x")
    b = Node(2, None)
    for i in range(5):
        a.bump(i)
        b.bump(2 * i)
    print(a.describe(), b.describe())
    a.drop_tag()
    print(a.describe())
    try:
        print(a.tag)
    except AttributeError as e:
        print("AttributeError:", e)
    a.retag("again")
    print(a.describe(), a.tag)
    b.retag("late")
    print(b.describe())

    leaf = Leaf(7)
    leaf.bump(3)
    print(leaf.describe(), leaf.value, leaf.tag, leaf.count, leaf.extra)

    x = Later()
    x.second()
    print(x.total())
    y = Later()
    y.reversed_fill()
    print(y.total(), y.b, y.c)
    z = Later()
    try:
        z.total()
    except AttributeError as e:
        print("AttributeError:", e)

    print([n.describe() for n in tagged_or_not(5)])

    # Stores through receivers of unknown type reach the same instances.
    things = [Node(3, "u"), Leaf(4), Later()]
    for t in things:
        t.value = "v"
        t.note = "n"
    print([(t.value, t.note) for t in things])
    print(things[0].describe(), things[1].describe())


main()
