# Checks the `heapq` module (issue #4): the exact list layout after each
# push, pop, heapify, heapreplace and heappushpop (CPython's sift order),
# merge (with key and reverse, stable), nsmallest/nlargest, and the errors.
import heapq

heap = []
for value in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    heapq.heappush(heap, value)
    print(heap)
print([heapq.heappop(heap) for _ in range(4)], heap)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5, 11, -1]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -5), heapq.heappushpop(data, 6), data)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
heapq.heapify(pairs)
print(pairs, [heapq.heappop(pairs) for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["a", "bb"], ["c", "dd"], key=len)), list(heapq.merge([7, 3, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "a"), (2, "b")], key=lambda p: p[0])))
nums = [5, 1, 8, 3, 9, 2, 8, 1]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums), heapq.nsmallest(0, nums), heapq.nlargest(10, nums))
print(heapq.nsmallest(2, ["bb", "a", "ccc", "dd"], key=len), heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(1, [3, 1]), heapq.nlargest(2, iter([4, 6, 5])))
for call in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapify((1,)),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1, "a"], 2)]:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
