# complex arithmetic tables: + - * / ** over a grid of values incl. zeros, signed zeros, large/small magnitudes, mixed int/float operands
vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 1e200 + 1e200j, 1e-200 - 1e-200j, complex(-0.0, -0.0), 3, -2.0, 0.5]
for a in vals:
    row = []
    for b in vals:
        r = [a + b, a - b, a * b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append('ZDE')
        row.append(r)
    print(repr(a), row)
for a in [1j, 2 + 3j, -1 + 0j, 0.5 - 0.5j, 0j]:
    row = []
    for b in [0, 1, 2, 3, -1, -2, 0.5, 1j, 2 + 1j, 100, 101, -101]:
        try:
            row.append(a ** b)
        except (ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(a), row)
print([abs(z) for z in vals], [z.conjugate() for z in vals[:6]], sum(vals[:8]), [bool(z) for z in vals])
