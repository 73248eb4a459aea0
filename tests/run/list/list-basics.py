# Checks list literals, len, indexing (negative too), item assignment,
# append, pop (last and by index), insert (also past the ends) and `in`.
items = [3, 1, 4]
print(items, len(items), items[0], items[-1], items[-3])
items.append(1)
items.append(5)
print(items, len(items))
items[0] = 30
items[-1] = 50
print(items)
print(items.pop(), items.pop(0), items.pop(1), items)
items.insert(0, "start")
items.insert(100, "end")
items.insert(-1, "before end")
items.insert(-100, "very start")
print(items)
print(4 in items, 99 in items, "end" in items, "x" not in items)
empty = []
print(empty, len(empty), not empty)
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested[1]))
nested[0].append(2.5)
print(nested)
