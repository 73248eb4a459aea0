# comparisons of tuples and lists lexicographically across lengths and types, with nan, and == vs identity for elements
nan = float('nan')
pairs = [((), ()), ((1,), ()), ((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2, 3), (1, 2)), ((2,), (1, 9, 9)), ((1, 'a'), (1, 'b')),
         ((1.0, 2), (1, 2)), ((nan,), (nan,)), ((True, 0), (1, False)), (('a', (1, 2)), ('a', (1, 3)))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b, list(a) < list(b), list(a) == list(b))
x = [nan]
print(x == x, [nan] == [nan], x[0] == x[0], (x,) == (x,), nan in [nan], nan in x)
for a, b in [((1, 'a'), (1, 2)), ([1, 'a'], [1, 2]), ((None,), (None,))]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min([[3], [1, 2], [1]]), sorted([(2, 1), (1, 2), (1, 1, 0)]))
