# Checks enumerate (with a start) and zip (two and three sequences, the
# shortest one ending it), as loops and converted to lists.
fruits = ["apple", "banana", "cherry"]
for idx, fruit in enumerate(fruits):
    print(idx, fruit)
for idx, fruit in enumerate(fruits, 1):
    print(idx, fruit)
print(list(enumerate("ab")), list(enumerate([], 5)), list(enumerate("xy", start=10)))
prices = [1.5, 0.25]
for fruit, price in zip(fruits, prices):
    print(fruit, price)
print(list(zip([1, 2, 3], "abc", (True, False, None))), list(zip()), list(zip([1], [])))
names = ["a", "b", "c"]
scores = [90, 85, 77]
table = {}
for name, score in zip(names, scores):
    table[name] = score
print(table)
for i, (name, score) in enumerate(zip(names, scores)):
    print(i, name, score)
