# Checks for-loops over lists (stepped inline for list iterators): the list
# read live while it grows or shrinks, sticky exhaustion, nested loops over
# the same list, subclasses and iterators of other types.
l = [1, 2, 3]
for x in l:
    if x < 6:
        l.append(x + 3)
    print(x, end=" ")
print()
m = [1, 2, 3, 4, 5, 6]
for x in m:
    m.pop()
    print(x, end=" ")
print(m)
it = iter([1, 2])
print(list(it), list(it))
src = [1]
it = iter(src)
print(next(it), next(it, "end"))
src.append(2)
print(next(it, "still end"))
pairs = []
xs = [1, 2, 3]
for a in xs:
    for b in xs:
        pairs.append(a * b)
print(pairs)


class Mine(list):
    def __iter__(self):
        print("own iter")
        return iter([9, 8])


for v in Mine([1, 2]):
    print(v)


class Sub(list):
    pass


print([v * 2 for v in Sub([1, 2, 3])])
for v in (1, "a"), "bc", {"k": 1}, range(2):
    for w in v:
        print(w, end=" ")
print()
total = 0
for v in list(range(100000)):
    total += v
print(total)
e = []
for v in e:
    print("never")
l2 = [[1, 2], [3, 4]]
for a, b in l2:
    print(a + b)
