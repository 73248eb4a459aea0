# Checks reversed, map and filter with named functions, over lists, strings
# and ranges, converted to lists or consumed by for loops.
def double(x):
    return x * 2
def is_odd(x):
    return x % 2 == 1
def add(a, b):
    return a + b
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed(())))
print(list(map(double, [1, 2, 3])), list(map(str, range(3))), list(map(add, [1, 2], [10, 20, 30])))
print(list(filter(is_odd, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
for ch in reversed("xyz"):
    print(ch, end="")
print()
total = 0
for value in map(double, filter(is_odd, [1, 2, 3, 4, 5])):
    total += value
print(total)
print("".join(reversed("olleh")))
