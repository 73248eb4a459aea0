# Lists holding only floats (kept as raw doubles by typhon): every list
# operation, read-only and mutating, gives CPython's results.
l = [1.0, 2.5, -0.0, float("inf"), -float("inf"), 1e300, 5e-324]
print(l, len(l), bool(l), l[0], l[-1], l[2], repr(l[2]))
print(l[1:3], l[::-1], l[::2], l[5:1:-2], l[10:], l[:-5])
print(l * 2, 2 * l[:2], l * 0, l + [3.0], l[:1] + l[:1], [] + l[:2], l[:2] + [])
print(2.5 in l, 3.0 in l, 0.0 in l, 1 in l, "x" in l, l.count(-0.0), l.count(2.5), l.index(2.5))
print(l.index(0.0), l.index(1.0, 0, 3), l.count(1))
print(sum(l[:3]), min(l), max(l), sorted(l), sorted(l, reverse=True), tuple(l[:3]))
print(", ".join(map(str, l)), str(l), f"{l[1]:.3f}", [x * 2 for x in l[:3]])
a, b, c = l[:3]
print(a, b, c, *l[:2])
m = l[:3]
m.append(4.0)
m.insert(1, 1.5)
m.insert(-100, 0.5)
m.extend([6.0, 7.0])
m.extend((8.0,))
m.extend(x / 2 for x in [18.0, 20.0])
print(m, m.pop(), m.pop(0), m.pop(-2), m)
m.remove(-0.0)
m.reverse()
print(m, m.copy(), list(m), m[:] == m, m.copy() is m)
del m[0]
del m[::3]
print(m)
m.sort()
print(m)
m.sort(reverse=True)
print(m)
m.sort(key=lambda x: -x)
print(m)
z = [0.0, -0.0, 0.0, -0.0]
z.sort()
print(z, sorted(z, reverse=True))
print([1.0, 2.0] == [1.0, 2.0], [1.0] < [2.0], [1.0, 2.0] > [1.0], [1.0] == [1], [2.0] <= [2], [1.0] != [1.0, 0.0])
print([0.0] == [-0.0], [1.0, 2.0] < [1.0, 2.0, 0.0], [float("inf")] > [1e308])
z[1] = 9.5
z[-1] = 8.5
print(z, z[1], z[-1])
n = [0.0] * 3
for i in range(3):
    n[i] += i * 0.5
print(n, [x for x in n], list(reversed(n)), list(enumerate(n)), list(zip(n, n)))
it = iter(n)
print(next(it), list(it))
n.clear()
print(n, len(n))
n.append(1.0)
print(n)
n *= 3
print(n)
n += [2.0]
print(n, max(n), min(n), any(n), all(n))
print(sorted([3.0, 1.0, 2.0]), sum([0.1] * 10), [1.5, 2.5] * 2)
print({x: 1 for x in [1.0, 2.0]}, set([2.0, 2.0, 3.0]) == {2.0, 3.0}, dict.fromkeys([1.0, 2.0]))
e = []
e.append(1.0)
e[0:0] = [0.5]
print(e, e == [0.5, 1.0], str([1e16, 1e-5, 123456789.0]))
