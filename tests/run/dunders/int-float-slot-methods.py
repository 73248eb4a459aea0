# Special methods of int, float and bool reachable as attributes: bound,
# unbound through the type, NotImplemented for operands the slot declines.
print((5).__index__(), (5).__int__(), (5).__float__(), True.__index__())
print((3).__add__(4), (3).__radd__(4), (3).__sub__(10), (3).__rsub__(10))
print((7).__floordiv__(2), (7).__rfloordiv__(20), (7).__mod__(3), (7).__rmod__(20))
print((7).__truediv__(2), (7).__rtruediv__(2), (2).__pow__(10), (2).__rpow__(3))
print((2).__pow__(10, 1000), (2).__pow__(3, None))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__rand__(3))
print((1).__lshift__(10), (1024).__rshift__(3), (3).__rlshift__(1), (2).__rrshift__(64))
print((7).__divmod__(2), (7).__rdivmod__(30), (7).__divmod__(2.0))
print((1).__add__('a'), (1).__add__(1.5), (1.5).__add__(1), (1.5).__radd__(2))
print((2.5).__mul__(2), (2.5).__rmul__(2), (2.5).__sub__('x'), (7.5).__divmod__(2))
print((3).__neg__(), (3).__pos__(), (3).__invert__(), (-3).__abs__(), (-2.5).__abs__())
print((3).__bool__(), (0).__bool__(), (0.0).__bool__(), (2.5).__bool__())
print((3.7).__int__(), (3.7).__trunc__(), (3.2).__ceil__(), (-3.2).__floor__(), (3.7).__floor__())
print((3.5).__round__(), (2.5).__round__(), (3.14159).__round__(2), (1234).__round__(-2))
print((5).__eq__(5), (5).__eq__('5'), (5).__ne__(6), (5).__lt__(6), (5).__ge__(6))
print((5).__eq__(5.0), (5.0).__eq__(5), (1.5).__lt__(2), (1.5).__gt__('x'))
print((5).__hash__() == hash(5), (2.5).__hash__() == hash(2.5), (-1).__hash__())
print((255).__format__('x'), (2.5).__format__('.3f'), (5).__repr__(), (2.5).__str__())
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__add__(True))
print(int.__add__(2, 3), int.__mul__(4, 5), float.__truediv__(1.0, 4.0), int.__neg__(7))
print(int.__eq__(3, 3), float.__lt__(1.0, 2.0), int.__hash__(10), bool.__and__(True, True))
print((10**30).__add__(1), (10**30).__floordiv__(10**10), (-(10**30)).__abs__())
for name in ['__add__', '__len__', '__iter__', '__getitem__', '__matmul__', '__index__', '__round__']:
    print(name, hasattr(5, name), hasattr(2.5, name), hasattr(True, name))
try:
    int.__add__('a', 1)
except TypeError as e:
    print('TypeError:', e)
try:
    (5).__add__()
except TypeError as e:
    print('TypeError:', e)
try:
    (5).__len__()
except AttributeError as e:
    print('AttributeError:', e)
