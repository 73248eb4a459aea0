# reprs of recursive and deeply nested containers: lists, dicts, tuples holding them, and mutual recursion
a = [1]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
t = (a, d)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
m = {'list': [1, {'inner': None}]}
m['list'][1]['inner'] = m
print(m)
nested = [[[[[]]]], ((),), {'a': {'b': {'c': []}}}, [(1,), [2, (3, [4])]]]
print(nested)
lst = [0]
cur = lst
for i in range(30):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(lst)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
    def __repr__(self):
        return f'Node({self.v!r}, {self.next!r})'
n = Node(1)
n.next = Node([a])
print(n, [n], {1: n})
