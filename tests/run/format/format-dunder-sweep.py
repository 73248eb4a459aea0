# __format__ of int, float, bool and str called directly and unbound, over
# the format-spec mini-language, compared with format().
values = [0, 7, -42, 255, 10**12, True, 3.14159, -0.0, 1e21, 2.5e-7, float('inf'), float('nan'), 'text', '']
specs = ['', 'x', '#X', 'o', 'b', '08.3f', '+,', '_', '^10', '*<8', '=+9', 'e', '.2%', 'g', '.0f', 's', 'n', '10.4']
for value in values:
    row = []
    for spec in specs:
        try:
            direct = value.__format__(spec)
            via = format(value, spec)
            unbound = type(value).__format__(value, spec)
            row.append(direct if direct == via == unbound else 'MISMATCH')
        except (ValueError, TypeError, OverflowError) as e:
            row.append('%s' % type(e).__name__)
    print(repr(value), '|'.join(row))
for bad in [(5, 1), ('a', None)]:
    try:
        bad[0].__format__(bad[1])
    except TypeError as e:
        print('TypeError:', e)
print(int.__format__(True, 'd'), object.__format__(object(), '') [:8], str.__format__('ab', '>4'))
try:
    object.__format__(object(), 'x')
except TypeError as e:
    print('TypeError:', e)
print((65).__format__('c'), (0x263a).__format__('^5c'), int.__format__(97, 'c'))
