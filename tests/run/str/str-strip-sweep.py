# strip/lstrip/rstrip, removeprefix/removesuffix, partition/rpartition over many inputs
inputs = ['', '   ', '  hi  ', 'xxhixx', '\t\n hi \r\x0b\x0c', 'héllo', '\u3000wide\u3000', 'abcba', 'a']
for s in inputs:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    for chars in ['x', 'ab', '', 'h', None]:
        print(' ', repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
    for affix in ['', 'x', 'xx', 'hi', 'a', s]:
        print(' ', repr(affix), repr(s.removeprefix(affix)), repr(s.removesuffix(affix)))
    for sep in ['x', 'hi', 'b', ' ']:
        print(' ', repr(sep), s.partition(sep), s.rpartition(sep))
for bad in ['', 5]:
    try:
        'abc'.partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'abc'.strip(5)
except TypeError as e:
    print(e)
