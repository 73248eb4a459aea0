# In-place operators on subclasses of list, set, dict and bytearray use the
# base's in-place method: the object is mutated and keeps its class.
class L(list):
    pass
x = L([1])
y = x
x += [2]
x *= 2
print(type(x).__name__, x, x is y)
class S(set):
    pass
s = S({1})
t = s
s |= {2}
s -= {1}
s ^= {5}
s &= {2, 5, 9}
print(type(s).__name__, sorted(s), s is t)
class D(dict):
    pass
d = D(a=1)
e = d
d |= {'b': 2}
print(type(d).__name__, d, d is e)
class B(bytearray):
    pass
b = B(b'x')
c = b
b += b'yz'
b *= 2
print(type(b).__name__, b, b is c)
class Own(list):
    def __iadd__(self, other):
        print('own iadd')
        return self
o = Own([1])
o += [2]
print(o)
try:
    s |= [1]
except TypeError as err:
    print('TypeError:', err)
