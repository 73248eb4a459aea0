# Checks list + and *, repetition of nested lists sharing their inner list,
# and list() from other iterables.
a = [1, 2]
b = ["x"]
print(a + b, b + a, a * 3, 0 * a, [] + [], a * -1)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
rows = []
for i in range(2):
    rows.append([0] * 3)
rows[0][0] = 9
print(rows)
print(list("abc"), list(range(3)), list((1, 2)), list([5]))
c = a
c = c + [3]
print(a, c)
