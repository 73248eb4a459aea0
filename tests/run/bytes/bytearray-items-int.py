# Items of bytearrays made by the constructor and by repetition are ints
# (indexing, iteration, enumerate, zip, unpacking), whatever is stored
# into them, with CPython's errors for bad stores and indexes.
flags = bytearray([1]) * 6
flags[0] = flags[1] = 0
flags[4] = 255
print([i for i, flag in enumerate(flags) if flag])
print(sum(flags), flags[-1] + flags[4], flags[2] * 1000)
for i, b in enumerate(3 * bytearray(b"ab"), 1):
    print(i, b, b + 1)
a, b, c = bytearray(b"xyz")
print(a, b, c, a < b)
alias = flags
alias[2] = 7
print(flags[2], list(flags), flags[1:3], flags[::2])
total = 0
for x in bytearray(range(0, 256, 51)):
    total += x
print(total)
print([x for x, y in zip(bytearray(b"\x01\x02\x03"), bytearray(5)) if x > y])
for bad in (256, -1, 1.5, "a", None):
    try:
        flags[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for index in (6, -7, 2**70):
    try:
        print(flags[index])
    except IndexError as e:
        print("IndexError", e)
    try:
        flags[index] = 1
    except IndexError as e:
        print("IndexError", e)
try:
    print(flags["x"])
except TypeError as e:
    print("TypeError", e)
empty = bytearray()
print(len(empty), [x for x in empty], bytearray(3), bytearray("hé", "utf-8")[1])
try:
    bytearray(-1)
except ValueError as e:
    print("ValueError", e)
