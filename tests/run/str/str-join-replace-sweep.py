# join, replace with counts and empty patterns, translate/maketrans, encode, count of overlapping
for sep in ['', ',', ', ', 'é']:
    for items in [[], ['a'], ['a', 'b', 'c'], ('x', 'y'), 'abc', ['', ''], {'k': 1}]:
        print(repr(sep.join(items)))
for bad in [[1, 2], ['a', None], 5]:
    try:
        ','.join(bad)
    except TypeError as e:
        print(e)
for s in ['', 'aaa', 'abcabc', 'héllo']:
    for old, new in [('a', 'b'), ('', '-'), ('aa', 'x'), ('l', ''), ('abc', 'abcabc')]:
        print(repr(s), repr(old), repr(new), [s.replace(old, new, n) for n in [-1, 0, 1, 2, 10]])
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdabcd'.translate(t))
t2 = str.maketrans({'a': 'AA', 'b': None, 'c': 120})
print('abcabc'.translate(t2), 'héllo'.translate({ord('é'): 'e'}))
print('abc'.translate({97: None}), 'abc'.translate([]) if False else 'skip')
for s in ['', 'abc', 'héllo', '日本', chr(0xDCFF) if False else 'x']:
    print(s.encode(), s.encode('utf-8'), s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('latin-1', 'replace'))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
print('aaaa'.count('aa'), 'aaaa'.replace('aa', 'b'), ''.count(''), 'abc'.count(''))
