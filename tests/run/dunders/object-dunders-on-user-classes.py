# object's special methods reached on instances of user classes and through
# object itself; int.__str__ on an int subclass uses the subclass's repr.
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'P(%r)' % self.v
p = P(1)
print(object.__str__(p), p.__str__(), p.__repr__(), p.__format__(''), format(p, ''))
print(p.__hash__() == hash(p), p.__eq__(p), p.__ne__(p), p.__lt__(p), p.__ge__(P(2)))
print(P.__init__.__name__, P.__repr__(p), type(P.__dict__['__init__']).__name__)
print(p.__dict__, p.__class__ is P, P.__name__, P.__qualname__, P.__module__)
print(object.__getattribute__(p, 'v'), p.__getattribute__('v'), getattr(p, '__class__').__name__)
print(float.__repr__(2.0), str.__repr__('q'), list.__repr__([1]), tuple.__repr__((1,)), dict.__repr__({1: 2}))
print(repr(int.__add__), repr(str.upper), repr(list.__len__))
print('a'.__len__.__name__, [].__iadd__.__name__, (1).__add__.__name__)
class Q(int):
    def __repr__(self): return 'Q' + int.__repr__(self)
print(repr(Q(5)), str(Q(5)), Q(5) + 1, int.__str__(Q(3)), Q(7).__index__(), Q(2).__str__())
class R(str):
    def __repr__(self): return 'R!'
print(str.__str__(R('x')), R('y').__str__(), repr(R('z')), R('w').__repr__())
try:
    p.__format__('x')
except TypeError as e:
    print('TypeError:', e)
try:
    object.__getattribute__(p, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
