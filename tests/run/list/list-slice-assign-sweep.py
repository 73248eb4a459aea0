# list slice assignment and deletion over many (start, stop, step) triples, extended-slice length errors, self-assignment
base = list(range(8))
for start in [None, 0, 2, -3, 10]:
    for stop in [None, 3, -1, 0]:
        l = base[:]
        l[start:stop] = ['x', 'y']
        m = base[:]
        del m[start:stop]
        print((start, stop), l, m)
for step in [2, -1, -2, 3]:
    l = base[:]
    n = len(l[::step])
    l[::step] = list('abcdefgh'[:n])
    m = base[:]
    del m[::step]
    print(step, l, m)
l = base[:]
l[1:3] = l
print(l)
l = base[:]
l[:] = []
print(l)
try:
    base[:][::2] = [1]
except ValueError as e:
    print(e)
try:
    l = base[:]
    l[::0] = []
except ValueError as e:
    print(e)
l = base[:]
l[2:5] = (c for c in 'gen')
print(l)
