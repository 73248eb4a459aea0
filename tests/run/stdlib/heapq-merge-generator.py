# heapq.merge is a generator named merge that reads nothing before the first item is asked for; ties keep the iterables' order, key and reverse
import heapq

g = heapq.merge([1, 3, 5], [2, 4, 6])
print(repr(g).split(" at ")[0], type(g).__name__)
print(list(g))
bad = heapq.merge([1], 5)
print("made lazily")
try:
    next(bad)
except TypeError as e:
    print("TypeError", e)
print(list(heapq.merge(["b", "a"], ["B", "A"], key=str.lower, reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "z")], key=lambda p: p[0])))
print(list(heapq.merge()), list(heapq.merge([], [7], [])))
