# Generators: next() with a default, iter()/next() on generators, __next__.
def two():
    yield "a"
    yield "b"


g = two()
print(next(g, "x"))
print(g.__next__())
print(next(g, "x"))
print(next(g, None))
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
print(iter(g) is g)
print(g.__iter__() is g)
h = two()
print(list(zip(h, [1, 2, 3])))
print(list(enumerate(two())))
print(dict(enumerate(two(), 1)))
print(list(map(str.upper, two())))
print(list(reversed(list(two()))))
print(" ".join(two()))
print(sorted(two(), reverse=True))
print("b" in two())
print("z" in two())
a, b = two()
print(a, b)
