# Checks an uncaught TypeError from ordering values of unrelated types.
values = [3, 1, "2"]
print(min(values[:2]))
print(sorted(values))
