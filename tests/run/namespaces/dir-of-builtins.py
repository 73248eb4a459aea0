# dir() of built-in objects and types matches CPython's lists; hasattr of
# special methods follows them.
print(dir(5) == dir(int), dir(True) == dir(bool), dir('') == dir(str))
print(dir(5))
print(dir(2.5)[-12:])
print(dir('')[-15:])
print(dir([]))
print(dir({}))
print(dir(()))
print(dir(set())[-12:], dir(frozenset())[-6:])
print(dir(b'')[-8:], dir(bytearray())[-8:])
print(dir(None))
print(dir(object))
print(dir(range(3))[-6:], dir(slice(1))[-4:])
print(dir(ValueError('x')) == dir(ValueError), dir(KeyError)[-3:], dir(OSError)[-6:])
print(dir(type)[-8:])
print(len(dir(int)), len(dir(str)), len(dir(list)), len(dir(dict)))
for name in ['__len__', '__iter__', '__add__', '__sub__', '__mul__', '__contains__', '__hash__', '__index__']:
    print(name, [hasattr(v, name) for v in (5, 2.5, 'a', b'a', [], (), {}, set(), None)])
