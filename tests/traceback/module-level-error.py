# Checks an uncaught error at module level, outside any function: the
# traceback has one entry, for <module>.
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print("total", total)
print(values[total])
