# Checks the `copy` module (issue #4): shallow and deep copies of
# containers, shared references and cycles kept in deep copies, immutable
# values returned as they are, and user `__copy__` / `__deepcopy__`.
import copy

inner = [1, 2]
outer = [inner, inner, {"k": inner}, (inner, 3), {4, 5}]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow == outer, shallow is outer, shallow[0] is inner, deep == outer, deep[0] is inner)
print(deep[0] is deep[1], deep[2]["k"] is deep[0], deep[3][0] is deep[0], deep[4] == {4, 5}, deep[4] is outer[4])
inner.append(3)
print(shallow[0], deep[0], deep)
cycle = [1]
cycle.append(cycle)
copied = copy.deepcopy(cycle)
print(copied[1] is copied, copied[0], copied is cycle)
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd is d)
t = (1, "a", (2.5, None))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)
for value in [5, 2.5, "s", b"b", None, True, range(3), frozenset([1]), len]:
    print(copy.copy(value) is value, copy.deepcopy(value) is value)
print(copy.copy({1: [2]}), copy.copy({3, 1}), copy.deepcopy([[]]), copy.copy([]) is not copy.copy([]))


class Tracked:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        return Tracked(["copied"] + self.items)

    def __deepcopy__(self, memo):
        return Tracked(["deep"] + copy.deepcopy(self.items, memo))


original = Tracked([1, [2]])
print(copy.copy(original).items, copy.deepcopy(original).items, copy.deepcopy([original, original])[1].items)
memo = {}
first = copy.deepcopy([inner], memo)
print(first, id(inner) in memo, copy.deepcopy(inner, memo) is first[0])


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def __repr__(self):
        return f"Node({self.value}, {len(self.children)} children)"


tree = Node(1, [Node(2, []), Node(3, [])])
tree.children[0].children.append(tree)
flat = copy.copy(tree)
clone = copy.deepcopy(tree)
print(flat, flat.children is tree.children, clone, clone.children is tree.children)
print(clone.children[0].children[0] is clone, type(clone).__name__, clone.children[1].value)
