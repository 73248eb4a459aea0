# Generators: recursive generators (tree walks, permutations, subsets).
def walk(tree, depth):
    label, children = tree
    yield "  " * depth + label
    for child in children:
        yield from walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])]), ("c", [])])
for line in walk(tree, 0):
    print(line)


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield [items[i]] + perm


for p in permutations([1, 2, 3]):
    print(p)
print(len(list(permutations(list(range(5))))))


def subsets(items):
    if not items:
        yield []
        return
    for sub in subsets(items[1:]):
        yield sub
        yield [items[0]] + sub


print(list(subsets(["x", "y", "z"])))


def inorder(node):
    if node is None:
        return
    left, value, right = node
    yield from inorder(left)
    yield value
    yield from inorder(right)


bst = (((None, 1, None), 2, (None, 3, None)), 4, (None, 5, (None, 6, None)))
print(list(inorder(bst)))


def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)


moves = list(hanoi(3, "A", "C", "B"))
print(len(moves), moves[:3])
