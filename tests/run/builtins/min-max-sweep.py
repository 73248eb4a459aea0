# min/max over many argument shapes: several args, one iterable, key, default, ties keep the first, strings, mixed numbers, errors
print(max(1, 2), min(1, 2), max([3, 1, 3.0]), min([1.0, 1, True]), max('abc', 'abd'), min(['b', 'a']), max((1, 2), (1, 3)))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max(['aa', 'b', 'cc'], key=len), min(['aa', 'b', 'cc', 'd'], key=len))
print(max([], default=0), min((), default='none'), max([5], default=0), max(iter([2, 9, 4])), min(range(10, 0, -3)), max({3: 'a', 7: 'b'}))
print(max([float('nan'), 1, 2]), max([1, float('nan'), 2]), min([2, float('nan')]), max(-0.0, 0.0), max(0.0, -0.0), min(0, False))
print(max(*[[1], [2]]), max(map(len, ['ab', 'c'])), min('hello'), max(b'az'), min([[], [0]]), max(zip('ab', [2, 1])))
for call in [lambda: max(), lambda: min([]), lambda: max(1), lambda: max([1, 'a']), lambda: min(1, 2, default=0), lambda: max([1], key=5),
             lambda: min(1, 2, bogus=1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
