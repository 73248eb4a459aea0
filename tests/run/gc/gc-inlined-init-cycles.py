# Instances whose inlined __init__ allocates lists, linked into cycles and
# dropped many times: the collector (often run between the instance's
# allocation and its first stores) reclaims them and keeps the live ones.
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []
        self.more = [value, [value]]


def build(i):
    a = Node(i)
    b = Node(i + 1)
    a.peer = b
    b.peer = a
    a.children.append(b)
    b.children.append(a)
    return a


keep = []
total = 0
for i in range(20000):
    g = build(i)
    total += g.value + g.peer.children[0].value + g.more[1][0]
    if i % 5000 == 0:
        keep.append(g)
        gc.collect()
print(total)
print([k.value for k in keep], [k.peer.value for k in keep])
print(all(k.children[0].children[0] is k for k in keep))
