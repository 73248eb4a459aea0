# Checks ==, != and ordering between lists: element by element, then by
# length, with nested lists and mixed int/float elements.
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [] == [])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [[1], [2]] < [[1], [3]], [1.0, 2] == [1, 2.0])
print(["a", "b"] < ["a", "c"], [1] == (1,), [1, 2] <= [1, 2])
a = [3, 1]
b = a
c = [3, 1]
print(a == c, a is c, a is b)
