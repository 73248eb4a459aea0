# iter(callable, sentinel), next with default, enumerate/zip/map/filter laziness and exhaustion, reversed on sequences with __len__/__getitem__
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, 'end'))
z = zip([1, 2, 3], 'ab')
print(next(z), list(z), list(z))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m))
f = filter(str.isdigit, 'a1b2c3')
print(list(f), list(f))
e = enumerate('abc', 1)
print(next(e), list(e))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), sorted(Seq(), reverse=True))
print(list(zip(*[(1, 'a'), (2, 'b')])), list(map(max, [1, 5], [4, 2])), sum(map(len, ['ab', 'c'])), any(map(str.isupper, 'abC')))
print(sorted(filter(None, [3, 0, 1, None, 2])), list(enumerate(zip('ab', 'cd'))), dict(map(lambda kv: (kv[1], kv[0]), enumerate('xy'))))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
