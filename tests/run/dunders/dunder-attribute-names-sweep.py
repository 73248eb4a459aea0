# Which special methods each built-in type has as an attribute (hasattr on
# an instance and on the type), and calling every zero-argument one whose
# result is deterministic.
names = ['__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__contains__', '__delitem__', '__divmod__',
         '__eq__', '__float__', '__floor__', '__floordiv__', '__format__', '__ge__', '__getitem__', '__gt__',
         '__hash__', '__iadd__', '__iand__', '__imul__', '__index__', '__int__', '__invert__', '__ior__',
         '__isub__', '__iter__', '__ixor__', '__le__', '__len__', '__lshift__', '__lt__', '__mod__', '__mul__',
         '__ne__', '__neg__', '__next__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__',
         '__repr__', '__reversed__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__',
         '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__setitem__', '__str__',
         '__sub__', '__truediv__', '__trunc__', '__xor__', '__matmul__', '__call__', '__getattribute__']
samples = [0, True, 1.5, 2j, 'a', b'a', bytearray(b'a'), [1], (1,), {1: 2}, {1}, frozenset({1}), range(2), None,
           iter([1]), slice(1), len, ValueError('v')]
for sample in samples:
    kind = type(sample)
    on_instance = ''.join('1' if hasattr(sample, n) else '0' for n in names)
    on_type = ''.join('1' if hasattr(kind, n) else '0' for n in names)
    print('%-20s %s %s' % (kind.__name__, on_instance, on_instance == on_type))
for sample in [0, -7, True, 2.75, -0.0, 'xy', b'q', [2, 1], (3,), {'a': 1}, {4}, range(3)]:
    out = []
    for n in ('__abs__', '__bool__', '__float__', '__int__', '__index__', '__len__', '__neg__', '__repr__', '__str__', '__trunc__'):
        method = getattr(sample, n, None)
        if method is not None:
            try:
                out.append('%s=%r' % (n.strip('_'), method()))
            except Exception as e:
                out.append('%s!%s' % (n.strip('_'), type(e).__name__))
    print(type(sample).__name__, ' '.join(out))
