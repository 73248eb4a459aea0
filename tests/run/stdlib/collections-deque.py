# collections.deque: both ends, maxlen eviction, rotate, indexing and
# assignment, insert/remove/index/count, reversed, extendleft, copies,
# comparisons, repr (with and without maxlen, of a subclass) and errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([8, 9])
print(d, list(reversed(d)), 3 in d, "z" in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = "x"
del d[0]
print(d, d.index("x"), d.count(3))
d.insert(1, "ins")
d.remove(3)
print(d)
d.reverse()
print(d, d.copy(), d == deque(d), d != deque(), deque([1, 2]) < deque([1, 3]))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(window, sum(window))
window.appendleft(-1)
print(window, window.maxlen, deque([1, 2, 3], 2))
print(deque(), deque(maxlen=0), bool(deque()), bool(deque([0])))
print(deque("abc") + deque("de"), deque([1]) * 3)
q = deque()
q += [1, 2]
print(q)

class History(deque):
    pass

print(History([1, 2]), History([1, 2, 3], maxlen=2))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque(maxlen=-1), lambda: deque([1]).index(7)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
total = 0
work = deque([(0, 1)])
while work:
    depth, value = work.popleft()
    total += value
    if depth < 3:
        work.append((depth + 1, value * 2))
        work.append((depth + 1, value * 3))
print(total)
