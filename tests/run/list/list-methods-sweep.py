# list methods and operators: append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear, slices, *, +, comparisons
base = [3, 1, 4, 1, 5, 9, 2, 6]
for i in [-100, -9, -8, -1, 0, 3, 8, 100]:
    l = base[:]; l.insert(i, 'X'); print('insert', i, l)
for i in [-8, -1, 0, 7]:
    l = base[:]; print('pop', i, l.pop(i), l)
for bad in [8, -9]:
    try:
        base[:].pop(bad)
    except IndexError as e:
        print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
print(base.index(1), base.index(1, 2), base.index(9, -4, -2), base.count(1), base.count('x'))
for args in [(7,), (1, 4), (3, 1, 0)]:
    try:
        base.index(*args)
    except ValueError as e:
        print(e)
l = base[:]; l.remove(1); print(l)
try:
    l.remove(42)
except ValueError as e:
    print(e)
for sl in [slice(None), slice(1, 5), slice(None, None, -1), slice(-3, None), slice(1, 7, 2), slice(7, 1, -2), slice(100, 200), slice(-100, 2)]:
    print(sl, base[sl])
l = base[:]; l[1:3] = ['a', 'b', 'c']; print(l)
l = base[:]; l[::2] = 'WXYZ'; print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
l = base[:]; del l[::3]; print(l)
l = base[:]; del l[-2:]; print(l)
l = base[:]; l[2:2] = range(3); print(l)
l = base[:]; l.sort(); print(l); l.sort(reverse=True); print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = words[:]; l.reverse(); print(l, l.copy() == l, l.copy() is l)
l.clear(); print(l)
print([1, 2] + [3], [0] * 3, 3 * ['a'], [1] * -1, [] * 5, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, 2] == [1, 2.0])
l = [1]; l += (2, 3); l *= 2; print(l)
l.extend('ab'); l.extend(range(2)); print(l)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    [3, 'a'].sort()
except TypeError as e:
    print(e)
print(list('abc'), list((1, 2)), list({'k': 1}), list(range(3)), list(reversed([1, 2, 3])))
x = [1, 2]; x.append(x); print(x, repr(x))
