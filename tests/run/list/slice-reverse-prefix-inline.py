# Prefix reversals `p[:k + 1] = p[k::-1]` are done in line for an exact
# list in object storage; every other shape must behave as CPython: explicit
# 0 start and 1 step, k at the last index, k past the end, negative k,
# another list as the source, bool and big-int bounds, float storage, an
# empty list, list subclasses with their own item methods, bad bounds.


class Loud(list):
    def __getitem__(self, key):
        print("get", key)
        return list.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("set", key, value)
        list.__setitem__(self, key, value)


def flips(p):
    n = 0
    first = p[0]
    while first:
        p[: first + 1] = p[first::-1]
        n += 1
        first = p[0]
    return n, p


print(flips([3, 1, 0, 2]))
print(flips([4, 3, 2, 1, 0]))
print(flips([1, 0]))
for k in range(-3, 9):
    p = list(range(6))
    p[0 : k + 1 : 1] = p[k::-1]
    print("explicit", k, p)
    q = list(range(6))
    r = list(range(10, 16))
    q[: k + 1] = r[k::-1]
    print("other list", k, q)
p = list(range(5))
p[: True + 1] = p[True::-1]
print("bool", p)
p = list(range(5))
big = 2**70
p[: big + 1] = p[big::-1]
print("big", p)
p = list(range(5))
p[: 2 + 1] = p[2:None:-1]
print("none stop", p)
p = list(range(5))
p[:3] = p[2:-9:-1]
print("stop given", p)
f = [0.5, 1.5, 2.5, 3.5]
k = 2
f[: k + 1] = f[k::-1]
print("floats", f)
e = []
k = 0
e[: k + 1] = e[k::-1]
print("empty", e)
s = Loud(range(5))
k = 3
s[: k + 1] = s[k::-1]
print("subclass", s)
t = ["a", "b", "c"]
k = 1
t[: k + 1] = t[k::-1]
print("strings", t)
try:
    k = "x"
    t[:2] = t[k::-1]
except TypeError as exc:
    print("TypeError", exc)
print(t)
