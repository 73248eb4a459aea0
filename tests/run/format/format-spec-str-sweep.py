# format-spec for str: fill/align/width/precision, errors for numeric options; format() with no spec
values = ['', 'a', 'hello', 'héllo', '日本語']
specs = ['', 's', '5', '<5', '>5', '^5', '*^7', '.2', '.0', '10.3', '=^6.1s', 'é>4', '<1']
for v in values:
    print(repr(v), [format(v, s) for s in specs])
for spec in ['d', '+', '=5', ',', '#', '05', 'x', ' ']:
    try:
        print(format('abc', spec))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
print(format(None), format([1, 2]), format((1,), ''), format(True), format(True, 'd'), format(False, '>6'))
try:
    format(None, 'x')
except TypeError as e:
    print(e)
try:
    format([1], '>5')
except TypeError as e:
    print(e)
print(f'{"x":{"<"}{5}}|{"y"!r:^7}|{3!r:>4}')
