# `x[:]` of an exact list with 1 to 16 items in object storage is copied in
# line: lengths 0, 1, 15, 16, 17 and more, float storage, a subclass with
# its own __getitem__, tuples and strings, the copy's independence and
# growth, a list holding itself, and many copies kept alive together.


class Loud(list):
    def __getitem__(self, key):
        print("get", key)
        return list.__getitem__(self, key)


for n in (0, 1, 2, 7, 15, 16, 17, 40):
    x = list(range(n))
    y = x[:]
    y.append("new")
    print(n, y is x, len(x), len(y), y[:3], y[-3:], type(y).__name__)
f = [0.5, 1.5, 2.5]
g = f[:]
g[0] = "s"
print(f, g)
s = Loud([1, 2, 3])
c = s[:]
print(c, type(c).__name__)
print((1, 2, 3)[:], "abc"[:])
z = [1, 2]
z.append(z)
w = z[:]
print(w, w[2] is z)
m = [None, True, 3, 2**80, "s", (1,)]
print(m[:] == m)
kept = []
for i in range(5000):
    row = [i, i + 1, str(i)]
    kept.append(row[:])
    if i % 7 == 0:
        kept.append(kept[i // 2][:] * 2)
print(len(kept), kept[0], kept[-1], sum(len(r) for r in kept))
try:
    q = None
    q[:]
except TypeError as exc:
    print("TypeError", exc)
