# Checks the IR of a while loop summing ints: the loop header, the
# augmented assignments and the exit block.
total = 0
n = 1
while n <= 10:
    total += n
    n += 1
print(total)
