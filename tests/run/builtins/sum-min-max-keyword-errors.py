# Keyword-argument errors of sum, min and max, in CPython's checking order.
for c in range(12):
    try:
        if c == 0: max([1], key=len, x=2)
        if c == 1: max([1], x=2)
        if c == 2: max([1], key=len, default=1, x=2)
        if c == 3: sum([1], x=2)
        if c == 4: sum(x=2)
        if c == 5: sum([1], start=1, x=2)
        if c == 6: min(x=1)
        if c == 7: min(key=len)
        if c == 8: sum(iterable=[1])
        if c == 9: sum(x=1, y=2, z=3)
        if c == 10: print(sum([1, 2], start=10), max([], default=3, key=None), min(3, 1, key=None))
        if c == 11: min([1], default=1, key=len, foo=3)
    except TypeError as e:
        print(c, e)
