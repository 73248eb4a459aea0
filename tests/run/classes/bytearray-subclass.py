# Subclassing bytearray: construction, repr with the class name, methods,
# in-place operators keeping the subclass, instance attributes.
class BA(bytearray):
    def first(self):
        return self[0]
x = BA(b'abc')
print(x, x.first(), len(x), x + b'd', type(x + b'd').__name__, x.upper())
x.append(100)
print(x, isinstance(x, bytearray))
y = BA(3)
print(y, BA(), BA([1, 2]), BA('é', 'utf-8'))
print(x == bytearray(b'abcd'), x.hex(), x.decode(), x[1:3], type(x[1:3]).__name__, b'%s' % x)
x += b'!'
print(x, type(x).__name__)
x.attr = 5
print(x.attr, sorted(vars(x)))
