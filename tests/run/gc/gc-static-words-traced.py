# Objects whose fields and items are static objects (None, True, False,
# builtin types and functions, constant strings) next to heap objects stay
# intact across collections: marking skips the static words without
# losing the heap words beside them.
import gc


class Node:
    def __init__(self, left, right, tag):
        self.left = left
        self.right = right
        self.tag = tag


def tree(depth):
    if depth == 0:
        return [None, None]
    return [tree(depth - 1), tree(depth - 1)]


def count(node):
    if node[0] is None:
        return 1
    return 1 + count(node[0]) + count(node[1])


def nodes(depth):
    if depth == 0:
        return Node(None, None, "leaf")
    return Node(nodes(depth - 1), None if depth % 2 else nodes(depth - 1), str(depth))


def walk(node):
    if node is None:
        return 0
    return 1 + walk(node.left) + walk(node.right)


kept = tree(10)
objects = nodes(12)
mixed = [None, True, False, int, len, "constant", str(7) * 3, [None] * 5, (None, True)]
churn = 0
for round_ in range(4):
    for _ in range(200):
        churn += count(tree(5))
    gc.collect()
    print(round_, count(kept), walk(objects), churn)
print(mixed, mixed[3]("12") + mixed[4]("abc"))
print(objects.tag, objects.left.tag, objects.left.right, objects.left.left.tag)
