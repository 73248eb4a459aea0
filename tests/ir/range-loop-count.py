# Checks the IR of a for loop over range() counting matches, with
# continue and break.
count = 0
for i in range(2, 20, 3):
    if i % 2 == 0:
        continue
    if i > 15:
        break
    count += 1
print(count)
