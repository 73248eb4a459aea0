# Checks containers of containers with values of different types, and
# equality across int/float/bool inside them.
records = [
    {"name": "Ann", "scores": [90, 85], "active": True},
    {"name": "Bob", "scores": [], "active": False, "note": None},
]
for r in records:
    total = sum(r["scores"])
    average = total / len(r["scores"]) if r["scores"] else None
    print(r["name"], total, average, r.get("note", "no note"), r["active"])
table = {"ints": [1, 2], "strs": ("a", "b"), "nested": {"deep": [1, [2, [3]]]}}
print(table["nested"]["deep"][1][1][0], len(table), list(table))
print([1, 2.0, True] == [1.0, 2, 1], (0, False) == (False, 0.0), {1: "a"} == {1.0: "a"})
grid = [[None, None], [None, None]]
grid[0][1] = "x"
grid[1][0] = 5
print(grid)
