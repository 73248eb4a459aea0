# A binary search tree with __slots__ nodes, recursive closures assigning through self, __setitem__/__getitem__/__contains__/__iter__
class Node:
    __slots__ = ("key", "val", "left", "right")
    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None

class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v
    def __setitem__(self, key, val):
        def insert(node):
            if node is None:
                self.size += 1
                return Node(key, val)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.val = val
            return node
        self.root = insert(self.root)
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __len__(self):
        return self.size
    def items(self):
        out = []
        def walk(n):
            if n:
                walk(n.left)
                out.append((n.key, n.val))
                walk(n.right)
        walk(self.root)
        return out
    def __iter__(self):
        return iter([k for k, _ in self.items()])
    def height(self, node=None, top=True):
        if top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))
    def __repr__(self):
        return "BST({" + ", ".join([f"{k!r}: {v!r}" for k, v in self.items()]) + "})"

t = BST([(5, "five"), (2, "two"), (8, "eight"), (1, "one"), (9, "nine"), (5, "FIVE")])
print(t, len(t), t.height(), list(t), 8 in t, 7 in t, bool(t), bool(BST()))
try:
    t[7]
except KeyError as e:
    print("KeyError", e)
words = BST([(w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split()])
print(list(words), words["quick"], words.height())
try:
    n = Node(1, 2)
    n.extra = 3
except AttributeError as e:
    print("AttributeError:", e)
