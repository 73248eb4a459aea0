# A constructor whose __init__ builds lists and appends to them is inlined
# into its caller (list displays and appends run no Python code), and so
# is the builder that makes two such instances and links them.


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []
        self.seen = [value]
        self.seen.append(value + 1)


def build(i):
    a = Node(i)
    b = Node(i + 1)
    a.peer = b
    a.children.append(b)
    return a


def main(n):
    total = 0
    for i in range(n):
        g = build(i)
        total += g.value + g.children[0].value + len(g.seen)
    print(total)


main(10)
