# A list range replaced by the same range of the same list reversed
# (`p[:k + 1] = p[k::-1]`, as in pancake flipping) with every kind of
# bound: clamped, negative, empty, and ranges that are not exactly the
# reversal (other lengths or offsets), which splice as usual.


def show(label, p):
    print(label, p)


for k in range(-7, 8):
    p = list(range(6))
    p[: k + 1] = p[k::-1]
    show(("prefix", k), p)

p = list(range(8))
p[1:4] = p[3:0:-1]
show("middle", p)
p[-3:] = p[-1:-4:-1]
show("suffix", p)
p[:3] = p[3::-1]
show("longer source", p)
p[2:2] = p[1::-1]
show("insert reversed", p)
p[:0] = p[-1:-1:-1]
show("empty", p)
p[0:5] = p[5:0:-1]
show("shifted", p)
p[2:6] = p[7:3:-1]
show("other range", p)
p[10:20] = p[20:10:-1]
show("past the end", p)
q = ["a", "b", "c", "d"]
for _ in range(5):
    q[:3] = q[2::-1]
    show("strings", q)
f = [0.5, 1.5, 2.5, 3.5]
f[:3] = f[2::-1]
show("floats", f)
m = [1, "x", 2.5, None, (1, 2)]
m[1:5] = m[4:0:-1]
show("mixed", m)
