# Checks the `bisect` module (issue #4): bisect_left/right and
# insort_left/right with lo, hi and key, on lists with repeated items.
import bisect
from bisect import bisect_left, bisect_right, insort

data = [1, 2, 2, 2, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 5, 8, 13, 14]:
    print(x, bisect.bisect(data, x), bisect_left(data, x), bisect_right(data, x),
          bisect_left(data, x, 2), bisect_right(data, x, 0, 4), bisect_left(data, x, hi=3))
items = []
for value in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(items, value)
    bisect.insort_left(items, value * 10)
print(items)
people = [("ann", 20), ("bob", 25), ("cid", 31)]
print(bisect_left(people, 25, key=lambda p: p[1]), bisect_right(people, 31, key=lambda p: p[1]))
bisect.insort_right(people, ("dee", 25), key=lambda p: p[1])
bisect.insort_left(people, ("eve", 25), key=lambda p: p[1])
print(people)
print(bisect_left([], 3), bisect_right("acegi", "d"), bisect_left((1.5, 2.5), 2))
try:
    bisect_left(data, 3, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect_left([1, "a"], 2)
except TypeError as e:
    print("TypeError", e)
