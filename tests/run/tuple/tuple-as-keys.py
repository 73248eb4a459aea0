# Checks tuples as dict keys and set members: equal tuples find the same
# entry, and tuples of ints hash the same way on every run.
grid = {}
grid[(0, 0)] = "origin"
grid[(1, 2)] = "point"
grid[0, 1] = "no parens"
print(grid[(0, 0)], grid[1, 2], (0, 1) in grid, (2, 1) in grid)
print(grid)
seen = {(1, 2), (2, 1), (1, 2)}
print(len(seen), (2, 1) in seen, sorted(seen))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
coords = [(2, 3), (1, 1), (2, 3)]
counts = {}
for c in coords:
    counts[c] = counts.get(c, 0) + 1
print(counts)
