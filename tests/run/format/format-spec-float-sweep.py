# format-spec mini-language for floats: e/f/g/%/n/none, precision, alternate form, signs, zero padding, inf/nan/-0.0
values = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1e16, 1e-5, 12345678.9, 1.5e300, 5e-324, 2.5, 3.5, float('inf'), float('-inf'), float('nan'), 0.000123456]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0e', '.0f', '.0g', '.0%', '#.0e', '#.0f', '#g', '#.3g', '.3', '.10',
         '.1f', '.2e', '.15g', '.17g', '+f', ' .2f', '010.2f', '+010.2f', '-10.3e', '<10', '>10', '^10', '=+12.3f', '*^12.1f',
         ',.2f', '_.3f', ',', ',.3g', '012,.1f', '#', '.0', '#.0']
for v in values:
    print(v, [format(v, s) for s in specs])
for v, spec in [(1.0, 'd'), (1.0, 'x'), (1.0, 'c'), (1.0, '#,d')]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(spec, 'ValueError', e)
print(f'{3.14159:.2f} {2.5:.0f} {0.125:.2f} {1e22:f} {-1e-7:g} {123456789.0:e}')
print(format(1e100, '.120f')[:40], len(format(1e100, '.120f')))
print(round(2.675, 2), format(2.675, '.2f'), format(1.0000000000000002, '.17g'), format(9.999999, '.3g'))
