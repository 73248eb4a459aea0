# `for a, b in items` over a list: exact tuples of the right length unpack
# in line; other items (lists, tuple subclasses, strings, ints, tuples of
# another length) behave as CPython, as do lists changed during the loop
# and list iterators used after they ran out.


class Pair(tuple):
    def __iter__(self):
        yield "sub"
        yield "class"


pairs = [(1, "a"), (2, "b"), (3, "c")]
for n, s in pairs:
    print(n, s)

for n, s in pairs:
    if n == 1:
        pairs.append((4, "appended"))
    print(n, s)

mixed = [(1, 2), [3, 4], "xy", Pair((5, 6)), (7, 8)]
for a, b in mixed:
    print(a, b)

for bad in ([(1, 2), (1, 2, 3)], [(1, 2), ()], [(1, 2), 5], [(1, 2), (1,)]):
    try:
        for a, b in bad:
            print(a, b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

triples = [(1, 2.5, "x"), (4, 5.5, "y")]
total = 0.0
for i, f, name in triples:
    total += i * f
    print(name, i, f)
print(total)

it = iter([(1, 2)])
for a, b in it:
    print(a, b)
for a, b in it:
    print("never", a, b)
print(next(it, "done"))

shrinking = [(1, 2), (3, 4), (5, 6)]
for a, b in shrinking:
    shrinking.pop()
    print(a, b)
print(shrinking)

floats = [1.5, 2.5]
try:
    for a, b in floats:
        print(a, b)
except TypeError as e:
    print("TypeError", e)

nested = [((1, 2), 3), ((4, 5), 6)]
for (a, b), c in nested:
    print(a + b + c)
