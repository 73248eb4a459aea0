# array.array: construction, item access, methods, bytes round trips, repr, comparisons, errors
import array
from array import array as A

print(array.typecodes, array.ArrayType is A)
for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))

a = A('i', [1, 2, 3])
print(a, a[0], a[-1], a[1:], a[::-1], list(a), a.tolist())
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.insert(0, 0)
a.insert(100, 8)
a.insert(-100, -1)
print(a, len(a), 3 in a, 30 in a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(4)
print(a, a.index(5), a.index(1, 1), a.count(1), a.count(9))
a.reverse()
print(a)
a[0] = 70
a[1:3] = A('i', [10, 20, 30])
del a[-1]
del a[::2]
print(a)
a[::2] = A('i', [0] * len(a[::2]))
print(a, a.buffer_info()[1])

b = A('b', b'\x01\xff\x80')
print(b, b.tobytes())
h = A('h', [1, -2, 300])
print(h.tobytes(), A('h', h.tobytes()) == h)
h.byteswap()
print(h)
for code in 'bBhHiIlLqQfd':
    x = A(code, [1, 2, 100])
    y = A(code)
    y.frombytes(x.tobytes())
    print(code, x == y, x.tobytes().hex())
d = A('d', [1.5, -2.25, 1e300])
print(d, d.tobytes().hex())
f = A('f', [1.1, 2, 1e300, -1e300])
print(f, f[0] == 1.1)
u = A('u', 'héllo')
print(u, u.tounicode(), u[1], u.tobytes()[:8])
u.fromunicode('!')
print(u, len(u))
L = A('L', [2**64 - 1])
print(L, A('q', [-2**63]), A('Q', [2**64 - 1]).tobytes())

print(A('i', [1, 2]) + A('i', [3]), A('i', [1, 2]) * 2, 3 * A('d', [0.5]))
c = A('i', [1])
c += A('i', [2])
c *= 3
print(c)
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) < A('i', [1, 3]),
      A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [2]) >= A('i', [1, 9]),
      A('i', [1]) != A('i', [1]), A('i') == [], A('d', [float('nan')]) == A('d', [float('nan')]))
fl = A('i')
fl.fromlist([1, 2])
try:
    fl.fromlist([3, 'x'])
except TypeError as e:
    print('TypeError', e, fl)
print(sorted(A('h', [3, 1, 2])), sum(A('d', [0.5, 0.25])), list(reversed(A('b', [1, 2, 3]))))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

for code in 'bBhHiIlLqQ':
    size = A(code).itemsize * 8
    for v in (10**20, -10**20, 2**size, -1, -2**size):
        err(lambda: A(code, [v]))
err(lambda: A('i', [1.5]))
err(lambda: A('d', ['x']))
err(lambda: A('f', [None]))
err(lambda: A('u', [1]))
err(lambda: A('z'))
err(lambda: A('i', 'abc'))
err(lambda: A('i', b'abc'))
err(lambda: A('i', A('u', 'a')))
a = A('i', [1, 2, 3])
err(lambda: a.index(9))
err(lambda: a.remove(9))
err(lambda: A('i').pop())
err(lambda: a.pop(9))
err(lambda: a[9])
err(lambda: a.__setitem__(9, 1))
err(lambda: a.__setitem__(0, 'x'))
err(lambda: a['x'])
err(lambda: a + A('d'))
err(lambda: a + [1])
err(lambda: a.frombytes(b'abc'))
err(lambda: a.extend(A('d')))
err(lambda: a.__setitem__(slice(0, 1), [1]))
err(lambda: a.__setitem__(slice(0, 3, 2), A('i', [1, 2, 3])))
err(lambda: a.fromunicode('x'))
err(lambda: a.tounicode())
err(lambda: a.fromlist((1,)))
print(a)
import copy
class M(array.array):
    def total(self):
        return sum(self)
m = M('d', [1.0, 2.5])
print(m, m.total(), type(m[:1]).__name__, isinstance(m, array.array), type(array.array('i')))
print(copy.copy(m), copy.deepcopy(array.array('b', [1])))
print([x * 2 for x in array.array('H', range(5))], bytes(array.array('B', [65, 66]).tobytes()))
