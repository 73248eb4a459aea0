# Builds and drops a pair of objects pointing at each other (and a parent
# link back) a million times: class instances in cycles.
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []


def build(i):
    a = Node(i)
    b = Node(i + 1)
    a.peer = b
    b.peer = a
    a.children.append(b)
    return a


def main(n):
    total = 0
    for i in range(n):
        g = build(i)
        total += g.value + g.peer.peer.children[0].value
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000000)
