# Lists of floats that stop holding only floats: an int, a str, a float
# subclass or a NaN stored by any path (item, slice, append, insert,
# extend, an alias) keeps every item and its type, in order.
class F(float):
    pass


def show(tag, l):
    print(tag, l, [type(x).__name__ for x in l])


a = [1.0, 2.0, 3.0]
b = a
b[1] = 7
show("item", a)
a = [1.0, 2.0]
a.append("s")
show("append", a)
a = [1.0, 2.0]
a.insert(1, None)
show("insert", a)
a = [1.0, 2.0]
a.extend([3.0, 4, 5.0])
show("extend", a)
a = [1.0, 2.0]
a.extend((3.0, F(4.0)))
show("extend tuple", a)
a = [1.0, 2.0, 3.0]
a[1:2] = [9, 8.0]
show("slice", a)
a = [1.0, 2.0, 3.0]
a[::2] = ["x", "y"]
show("ext slice", a)
a = [1.0, 2.0]
a[0] = F(5.5)
show("subclass", a)
print(type(a[0]) is F, a[0] + 1)
a = [F(1.5), 2.5]
show("subclass display", a)
a = [1.0, 2.0]
a[1] = float("nan")
show("nan", a)
print(a[1] is a[1], a[1] in a, a == a, a.count(a[1]))
nan = float("nan")
c = [nan, 1.0]
print(nan in c, c.index(nan), c == [nan, 1.0], c.count(nan))
c = [1.0, 2.0] + [3, 4.0]
show("concat", c)
c = [1.0] + ["a"]
show("concat str", c)
c = [1.0, True]
show("bool", c)
c = [1.0, 2.0]
c += [3]
show("iadd", c)
d = [0.5] * 3
d.append(2 ** 70)
show("big int", d)
e = [1.0, 2.0]
e.pop()
e.pop()
e.append("now a str")
show("emptied", e)
f = [1.0, -0.0, float("inf")]
g = f[:]
g[0] = 1
show("copy", f)
show("copy changed", g)
h = [2.0, 1.0]
h.sort(key=str)
show("sort key", h)
h = [2.0, 1.0, "a"]
try:
    h.sort()
except TypeError as exc:
    print("TypeError", exc)
i = [1.0, 2.0]
print(i.index(2), i.count(True), 1 in i, i == [1, 2])
try:
    i.index(5.0)
except ValueError as exc:
    print("ValueError", exc)
try:
    i.remove(3.0)
except ValueError as exc:
    print("ValueError", exc)
try:
    print(i[5])
except IndexError as exc:
    print("IndexError", exc)
try:
    i[5] = 1.0
except IndexError as exc:
    print("IndexError", exc)
try:
    [].pop()
except IndexError as exc:
    print("IndexError", exc)
