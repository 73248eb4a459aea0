# count of overlapping/empty patterns with bounds, zfill with signs, str * int edge cases, in on empty strings, str.__contains__ with non-ASCII
for s in ['', 'a', 'aaaa', 'abababa', 'ééé', '日日本日']:
    print(repr(s), [s.count(p) for p in ['', 'a', 'aa', 'aba', 'é', '日']], [s.count('', i) for i in [-10, 0, 2, 10]], s.count('a', 1, -1))
for s in ['', '-', '+', '5', '-5', '+5', '--5', 'abc', '-abc', 'é', '-0.5', ' 1']:
    print(repr(s), [s.zfill(w) for w in [0, 1, 3, 6]])
print('' in '', '' in 'abc', 'abc' in '', 'é' in 'café', 'fé' in 'café', 'x' * 3, '' * 100, 'ab' * 1, -1 * 'ab', [1] * 0)
