# find/rfind/index/rindex/count/startswith/endswith with start/end, negative indices, tuples
hay = ['', 'a', 'abcabc', 'aaaa', 'héllo wörld héllo', '日本語日本']
needles = ['', 'a', 'bc', 'aa', 'héllo', '本', 'zz']
bounds = [(None, None), (1, None), (-3, None), (0, -1), (2, 4), (10, 20), (-100, 100), (3, 1)]
for h in hay:
    for n in needles:
        row = []
        for start, end in bounds:
            row.append((h.find(n, start, end), h.rfind(n, start, end), h.count(n, start, end),
                        h.startswith(n, start, end), h.endswith(n, start, end)))
        print(repr(h), repr(n), row)
print('abcabc'.startswith(('x', 'ab')), 'abcabc'.endswith(('bc', 'x')), 'abc'.startswith(()), 'abc'.endswith(('c',), 0, 2))
for args in [('z',), ('a', 5), ('c', 0, 2)]:
    try:
        print('abcabc'.index(*args))
    except ValueError as e:
        print('index', e)
    try:
        print('abcabc'.rindex(*args))
    except ValueError as e:
        print('rindex', e)
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print(e)
try:
    'abc'.find(1)
except TypeError as e:
    print(e)
