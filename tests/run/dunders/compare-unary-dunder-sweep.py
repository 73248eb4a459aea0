# Comparison and unary special methods of the built-ins called directly.
values = [0, 5, -5, True, False, 2.5, float('nan'), 10**20, 'b', '', b'a', [1, 2], (1, 2), {1}, frozenset({1}), {'a': 1}, None, 3j]
others = [5, 5.0, 'b', [1, 2], (1, 2), {1}, None, True]
for dunder in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__'):
    row = []
    for a in values:
        for b in others:
            try:
                result = getattr(a, dunder)(b)
            except Exception as e:
                result = type(e).__name__
            row.append('T' if result is True else 'F' if result is False else 'N' if result is NotImplemented else str(result))
    print(dunder, ''.join(row))
for dunder in ('__neg__', '__pos__', '__invert__', '__abs__', '__bool__', '__int__', '__float__', '__index__',
               '__trunc__', '__floor__', '__ceil__', '__round__', '__len__', '__hash__'):
    row = []
    for a in values:
        method = getattr(a, dunder, None)
        if method is None:
            row.append('-')
            continue
        try:
            result = method()
        except Exception as e:
            result = type(e).__name__
        if dunder == '__hash__' and isinstance(result, int):
            result = result == hash(a)
        row.append(repr(result))
    print(dunder, ' '.join(row))
