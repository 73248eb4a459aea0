# format-spec mini-language for ints: every type letter, fill/align/sign/#/0/width/grouping
values = [0, 1, -1, 7, -42, 255, 1234567, -9876543210, 2**70, True]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '#b', '#o', '#x', '#X', '+d', ' d', '-d',
         '08d', '+08d', '#010x', '<8d', '>8d', '^8d', '=8d', '*^9', '0<6', ',d', '_d', '_x', '_b', ',.2f', '#_o', '012,d',
         '+,', ' 012_', '.3e', '10.2%', 'x<+10', '^', '>+#12_X', '.0f', '=+10,']
for v in values:
    out = []
    for spec in specs:
        if spec.endswith('c') and not (0 <= v < 0x110000):
            continue
        out.append(format(v, spec))
    print(v, out)
for v, spec in [(1, 's'), (1, ',c'), (1, '.2d'), (1, ',n'), (1, '_n'), (1, '#c'), (1, '+c'), (1, ',_d'), (1, 'z'), (-1, 'c'), (1, '=s')]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(spec, 'ValueError', e)
print(format(10**30, ','), format(-10**30, '_x'), format(65, 'c'), format(0x1F600, 'c'))
print(f'{12345:>+12,}|{-0:+}|{0:#b}|{-255:#x}|{5:^#7o}')
