# Checks tuple literals (empty, one element, parenthesis-free), indexing,
# slicing, len, in, + and *, comparison, and tuple() conversion.
t = (1, "two", 3.0)
single = (5,)
empty = ()
bare = 7, 8
print(t, single, empty, bare, len(t), len(single), len(empty))
print(t[0], t[-1], t[1:], t[::-1], t[5:], "two" in t, 4 in t)
print(t + single, single * 3, (1, 2) + (), () * 5)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 2) == (1, 2))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1], len(nested))
try:
    print(t[3])
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(min((4, 2, 8)), max((4, 2, 8)), sum((4, 2, 8)), sorted((4, 2, 8)))
