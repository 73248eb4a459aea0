# str indexing/slicing with negative and out-of-range bounds, comparisons, in, len of non-ASCII, multiplication, iteration, str() of numbers
s = 'héllo wörld 日本'
for sl in [slice(None), slice(2, None), slice(None, -3), slice(-100, 100), slice(None, None, -1), slice(1, 10, 3), slice(10, 1, -2), slice(5, 5)]:
    print(repr(s[sl]), end=' ')
print()
print([s[i] for i in [0, 1, -1, -3, 5]], len(s), 'wör' in s, '' in s, 'x' not in s, s.index('日'), s * 2 == s + s, 'a' * 0, 'ab' * -1)
try:
    s[100]
except IndexError as e:
    print(e)
try:
    s[0] = 'x'
except TypeError as e:
    print(e)
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z', 'Z' < 'a', sorted(['b', 'A', 'a', 'é', 'B', '1']))
print([c for c in 'añ日'], list(reversed('abc')), ''.join(sorted('hello')), str(12), str(-1.5), str(True), str(None), str(1e100), str(2**70))
print('abc'.upper().lower().title(), 'x'.center(4).replace(' ', '.'), '  '.join('abc'), 'a-b-c'.split('-', 1)[1].upper())
print(str(), str('x'), str(b'ab'), str(b'ab', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'), repr(str([1, 'a'])), f'{"q"!r:>5}')
