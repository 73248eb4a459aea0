# Allocations larger than the address space raise MemoryError (heap and
# large-object space alike), and the program goes on.
try:
    s = "ab" * (2 ** 50)
except MemoryError:
    print("MemoryError str")
try:
    b = b"ab" * (2 ** 50)
except MemoryError:
    print("MemoryError bytes")
try:
    l = [None] * (2 ** 50)
except MemoryError:
    print("MemoryError list")
try:
    t = (1, 2) * (2 ** 50)
except MemoryError:
    print("MemoryError tuple")
print("done")
