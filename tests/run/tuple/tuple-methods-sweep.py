# tuple operations: index/count, slicing, concat/repeat, comparisons, hashing, unpacking, repr of 1-tuples and nesting
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.index(1), t.index(1, 2), t.count(1), t[::-1], t[2:5], t[-3:], t[::3], t[100:], t[-100:2])
try:
    t.index(42)
except ValueError as e:
    print(e)
try:
    t[8]
except IndexError as e:
    print(e)
print((1,), (), ((),), ((1,),), (1, (2, (3,))), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'a': 1}))
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) == (1.0, 2.0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash((1.5, True)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
a, *b, c = t
print(a, b, c)
x = (1, [2])
x[1].append(3)
print(x, len(x), 4 in t, 7 in t, min(t), max(t), sum(t), sorted(t))
