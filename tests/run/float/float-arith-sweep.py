# float arithmetic tables: + - * / // % ** with signed zeros, inf, nan, and mixed int operands; is_integer, trunc via int()
vals = [0.0, -0.0, 1.5, -2.5, 3, -4, 1e308, 1e-308, float('inf'), -float('inf'), float('nan')]
for a in vals:
    row = []
    for b in vals:
        for op in ['+', '-', '*', '/', '//', '%', '**']:
            try:
                r = {'+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b, '/': lambda: a / b,
                                                         '//': lambda: a // b, '%': lambda: a % b, '**': lambda: a ** b}[op]()
                row.append(r)
            except (ZeroDivisionError, OverflowError, ValueError) as e:
                row.append(type(e).__name__[:4])
    print(repr(a), row)
