# Names of built-in methods: a bound one's __qualname__ is 'type.name' (the instance's own class for a subclass, the type itself for class methods), __name__ the bare name, its repr names the type; a method descriptor's __name__, __qualname__ and __objclass__; plain built-in functions keep bare names.
l = [1]
m = l.append
print(m.__qualname__, m.__name__)
print(repr(m).split(" at ")[0])
print(m.__self__ is l, type(m).__name__)
d = {}
print(d.get.__qualname__, "x".upper.__qualname__, dict.fromkeys.__qualname__, int.from_bytes.__qualname__)
print(len.__qualname__, len.__name__, repr(len))


class L(list):
    pass


print(L().append.__qualname__, repr(L().append).split(" at ")[0])
import math

print(math.sqrt.__qualname__, (1).bit_length.__qualname__, b"".hex.__qualname__)
print(list.append.__qualname__, list.append.__name__, repr(list.append))
print(list.append.__class__.__name__, list.append.__objclass__)
print(list.append.__call__([1, 2], 3))
try:
    list.append.nope
except AttributeError as e:
    print(e)
x = []
list.append(x, 1)
print(x, str.upper.__qualname__, str.__add__.__name__)
print(object.__new__.__qualname__, dict.fromkeys.__name__, int.__new__.__qualname__)
