# Checks lists whose item storage lives in the collected heap: lists that
# grow across many collections, many small lists kept alive, lists emptied
# and refilled, sorting (small and large, with keys), list subclasses
# re-initialised, repetition and concatenation, and huge lists.
import gc

keep = []
for i in range(600):
    small = [i, str(i), [i] * 3]
    keep.append(small)
    if i % 100 == 0:
        gc.collect()
print(len(keep), keep[123], keep[-1][2])
grow = []
for i in range(3000):
    grow.append((i, i))
    if i % 1000 == 0:
        gc.collect()
print(len(grow), grow[-1], grow[1234])
grow.clear()
print(grow)
grow.extend(str(i) for i in range(1000))
gc.collect()
print(grow[-1], len(grow))
words = [str(i) for i in range(700, 0, -7)]
words.sort()
print(words[:5], words[-3:])
tiny = ["b", "a"]
tiny.sort()
print(tiny)
tiny.sort(key=lambda s: -ord(s))
print(tiny)
nested = [[j for j in range(i % 5)] for i in range(300)]
nested.sort(key=len)
print(nested[0], nested[-1], len(nested))


class Bag(list):
    pass


bag = Bag([3, 1, 2])
bag.__init__(["x", "y"])
bag.append("z")
print(bag, len(bag))
bag.__init__()
print(bag)
cat = [1, 2] + [3] * 5 + list("ab")
print(cat)
cat *= 3
print(len(cat), cat[-3:])
cat *= 0
print(cat)
cat.extend(cat)
cat.extend([1, 2])
cat.extend(cat)
print(cat)
cat.insert(0, "first")
cat.insert(100, "last")
cat.insert(-1, "before last")
print(cat, cat.pop(0), cat.pop(), cat.pop(-2))
cat.remove(2)
del cat[0]
print(cat)
huge = [0] * 3000000
huge[-1] = 1
print(len(huge), huge[-2:], sum(huge))
del huge[1:]
print(huge)
