# int(s, base): prefixes, underscores, whitespace, signs, bases 0 and 2..36, errors; int() of floats and bools
cases = ['0', '-0', '+12', ' 42 ', '\t-7\n', '1_000', '0x_ff', '0b1010', '0o17', '017', '00', '0_0', '1__0', '_1', '1_',
         'ff', 'FF', 'zz', 'Z', '0xFF', '0B11', '\u0661\u0662', '１２', '12a', '', ' ', '+', '-', '0x', '9' * 30, '٣']
for s in cases:
    row = []
    for base in [10, 0, 16, 2, 8, 36]:
        try:
            row.append(int(s, base))
        except ValueError as e:
            row.append('VE')
    print(repr(s), row)
for s, base in [('12a', 10), ('0x', 16), ('', 10), ('1_', 0), ('017', 0), ('z', 35)]:
    try:
        int(s, base)
    except ValueError as e:
        print(e)
for base in [1, 37, -1]:
    try:
        int('1', base)
    except ValueError as e:
        print(e)
try:
    int(12, 10)
except TypeError as e:
    print(e)
print(int(3.9), int(-3.9), int(-0.0), int(True), int(1e20), int('  -0b101  ', 0), int(b'42'))
for bad in [float('inf'), float('nan'), None, [1]]:
    try:
        int(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
