# complex repr/str for special values (signed zeros, inf, nan, exponents) and format specs
vals = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, 1e300, float('inf'), -float('inf'), float('nan'), 123456789.125]
for re in vals:
    print([repr(complex(re, im)) for im in vals])
zs = [0j, -0j, 1j, -1j, 1 + 2j, -1.5 - 2.25j, complex(1e20, -1e-20), complex(float('nan'), float('inf')), complex(-0.0, 3), 12345.6789 + 0.001j]
specs = ['', 'f', '.2f', 'e', '.3E', 'g', 'G', '.1', '.10', '+', ' ', '-', '>30', '<30', '^30', '*^30.2f', ',', '_.2f', '#', '#.0f', 'n',
         '+.3g', 'z.1f', ',.2e']
for z in zs:
    print(repr(z), str(z), [format(z, s) for s in specs])
print(f'{1+2j}', f'{3j:>8}', f'{-1j!r}', '{:.1f}'.format(2.25 + 1.75j), '%s %r' % (1j, 2 + 0j))
for spec in ['05', '=10', '%', 'd', 'x', 'c', 's', '<05']:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), e)
