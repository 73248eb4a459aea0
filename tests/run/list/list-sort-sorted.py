# Checks sorted() and list.sort(): numbers, strings, reverse, key functions
# and stability (equal keys keep their order).
nums = [5, 2, 9, 1, 5, 6, -3, 2.5]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "fig", "apple"]
print(sorted(words), sorted(words, reverse=True))
def lower(s):
    return s.lower()
print(sorted(words, key=len), sorted(words, key=lower))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
def first(pair):
    return pair[0]
print(sorted(pairs, key=first))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted([]))
print(nums.sort() is None)
