# center/ljust/rjust/zfill/expandtabs over widths, fill characters, signs, tabs
for s in ['', 'a', 'ab', 'abc', 'héllo', '-42', '+7', '日本']:
    for width in [-1, 0, 1, 2, 5, 6, 9]:
        print(repr(s), width, repr(s.center(width)), repr(s.ljust(width, '*')), repr(s.rjust(width, 'é')),
              repr(s.center(width, '-')), repr(s.zfill(width)))
for s in ['a\tb', '\t', 'ab\tcd\tef', 'x\ny\tz', '\r\tq', 'abcdefgh\ti', '']:
    print(repr(s), [s.expandtabs(n) for n in [-1, 0, 1, 2, 4, 8]], repr(s.expandtabs()))
for args in [(5, 'ab'), (5, ''), ]:
    try:
        'x'.center(*args)
    except TypeError as e:
        print(e)
try:
    'x'.ljust('5')
except TypeError as e:
    print(e)
