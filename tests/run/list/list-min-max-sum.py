# Checks min, max and sum over lists of ints, floats and strings, with
# several arguments, a key function, a default and a start value.
values = [4, -2, 17, 3.5, 0]
print(min(values), max(values), sum(values), sum([]), sum([1, 2], 10))
print(min(3, 1, 2), max("apple", "pear", "fig"), max([[1, 2], [1, 3]]))
print(sum([0.1] * 10), sum(range(10)), sum([2 ** 64, 2 ** 64]))
print(min([], default="empty"), max([7], default=0))
def neg(x):
    return -x
print(min(values, key=neg), max(["aa", "b", "cccc"], key=len))
print(min("hello"), max((1, 5, 3)), sum((1.5, 2.5)))
