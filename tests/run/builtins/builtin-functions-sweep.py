# enumerate/zip(strict)/map/filter with several iterables, min/max with key/default, sorted, sum, any/all, reversed, iter/next
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], -1)), list(enumerate('xy', start=-2)))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip('ab', 'cd', 'ef')), list(zip('ab', [1, 2], strict=True)))
for args in [('ab', [1]), ('a', [1, 2]), ('ab', 'ab', 'a')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(min(3, 1, 2), max(3, 1, 2), min('bca'), max([1, 5, 3], key=lambda x: -x), min([], default='empty'), max([], default=None))
print(min([(1, 'b'), (1, 'a')]), max('apple', 'fig', 'kiwi', key=len), min('apple', 'fig', 'kiwi', key=len), max([2, 2.0]), min([2.0, 2]))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0), lambda: min(1, 'a')]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 10), sum([1.5, 2], start=1), sum([True, True]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted({'b': 1, 'a': 2}), sorted([(2, 'a'), (1, 'b')], key=lambda p: p[1]))
print(list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
print(abs(-5), abs(-2.5), abs(True), divmod(7, 2), hex(255), oct(-8), bin(5), hex(-2**70), chr(233), ord('é'), callable(len), callable(3))
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), issubclass(int, (str, object)))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(''), lambda: abs('x'), lambda: len(5), lambda: iter(5), lambda: next([1])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
