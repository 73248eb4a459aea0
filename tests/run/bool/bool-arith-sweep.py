# bools as ints: arithmetic, bitwise ops keep bool for & | ^ between bools, comparisons, hashing, formatting, repr
vals = [True, False]
for a in vals:
    for b in vals + [2, 1.5]:
        row = [a + b, a - b, a * b, a & b if not isinstance(b, float) else '-', a | b if not isinstance(b, float) else '-',
               a ^ b if not isinstance(b, float) else '-', a < b, a == b, a ** b]
        print(a, b, row)
print(~True, -True, +False, True / 2, True // 2, True % 2, divmod(True, 1), abs(False), int(True), float(False), str(True), repr(False))
print(sum([True] * 5), True + True == 2, {True: 'a', 1: 'b'}, True is (1 == 1), bool('False'), bool(''), bool([0]), bool(0.0), bool(-0.0))
print(f'{True}', f'{True:d}', f'{True:>6}', '%d %s %r' % (True, False, True), format(False, '05'), True.__class__.__name__)
