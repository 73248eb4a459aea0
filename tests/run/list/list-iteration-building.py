# Checks building lists in loops: filtering, mapping, accumulating into a
# list of lists, and iterating over a list that grows while it is walked.
numbers = list(range(1, 11))
evens = []
squares = []
for n in numbers:
    if n % 2 == 0:
        evens.append(n)
    squares.append(n * n)
print(evens, squares)
matrix = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    matrix.append(row)
print(matrix)
transposed = []
for c in range(4):
    column = []
    for row in matrix:
        column.append(row[c])
    transposed.append(column)
print(transposed)
queue = [1]
for item in queue:
    if item < 20:
        queue.append(item * 3)
print(queue)
stack = []
for ch in "abc":
    stack.append(ch)
while stack:
    print(stack.pop(), end="")
print()
