# List, set and dict comprehensions: several for and if clauses, nesting,
# their own scope (the loop variable does not leak), module globals and
# function locals used inside.

data = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * 2 for x in data if x % 2])
print([(x, y) for x in range(3) for y in range(x) if x + y > 1])
print(sorted({x % 3 for x in data}))
print({k: v for k, v in zip("abc", range(3))})
print({x: [y for y in range(x)] for x in range(4)})
print([[i * j for j in range(3)] for i in range(3)])
x = "outer"
print([x for x in range(3)], x)
print([c.upper() for word in ["ab", "cd"] for c in word if c != "c"])


def local_use(scale, items):
    offset = 100
    return [scale * item + offset for item in items if item > scale]


print(local_use(2, [1, 2, 3, 4]))


def nested_scopes(n):
    rows = [[r * n + c for c in range(n)] for r in range(n)]
    return [sum(row) for row in rows], {i: rows[i][i] for i in range(n)}


print(nested_scopes(3))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([a for a, *rest in [(1, 2, 3), (4, 5)] if rest])
print({word: len(word) for word in "the quick brown fox".split() if len(word) > 3})
