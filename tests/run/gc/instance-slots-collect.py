# Instance attributes stored in value slots, inline or grown out of line,
# stay alive across collections; instances moved to dicts too.
import gc


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt


class Wide:
    pass


def chain(n):
    head = None
    for i in range(n):
        head = Node([i, str(i)], head)
    return head


head = chain(500)
wide = Wide()
for i in range(20):
    setattr(wide, "a" + str(i), [i] * 3)
gc.collect()
moved = Node({"k": [1, 2]}, None)
moved.__dict__["late"] = ("t", [3])
churn = [chain(50) for _ in range(20)]
del churn
gc.collect()
count = 0
node = head
while node is not None:
    count += node.value[0]
    node = node.nxt
print(count, head.value, wide.a19, wide.a0, moved.value, moved.late)
for i in range(20):
    delattr(wide, "a" + str(i)) if i % 2 else None
gc.collect()
print(sorted(wide.__dict__)[:4], wide.a18)
