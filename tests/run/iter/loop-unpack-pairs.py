# `for a, b in it` over enumerate, zip and dict items (whose pairs are
# unpacked without a tuple per step) and over other iterators, with
# CPython's errors when an item has the wrong length or the iterator fails.
words = ["alpha", "beta", "gamma"]
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, 10):
    print(i, w)
for i, w in enumerate(words, 2**62 - 2):
    print(i, w)
for i, w in enumerate(words, -(2**70)):
    print(i, w)
print("after loop", i, w)
floats = [0.5, 1.5, 2.25]
total = 0.0
for i, x in enumerate(floats):
    total += i * x
print(total)
print([i for i, w in enumerate(words) if len(w) > 4])
print(sum(i * x for i, x in enumerate(floats)))
print({w: i for i, w in enumerate(words, 1)})
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

# zip of unequal lengths stops at the shortest; strict=True raises.
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
for a, b, c in zip(range(3), range(10, 20), "abcd"):
    print(a, b, c)
try:
    for a, b in zip([1, 2, 3], "xy", strict=True):
        print("strict", a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip([1], [2], [3]):
        print(a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b, c in zip([1], [2]):
        print(a, b, c)
except ValueError as e:
    print("ValueError", e)
z = zip([1, 2], [3, 4])
for a, b in z:
    print(a, b)
for a, b in z:
    print("never", a, b)

# dict items, forwards and reversed, and a dict changing size.
d = {"one": 1, "two": 2, "three": 3}
for k, v in d.items():
    print(k, v)
for k, v in reversed(d.items()):
    print(k, v)
try:
    for k, v in d.items():
        d[k + "!"] = v
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k, v, extra in d.items():
        print(k)
except ValueError as e:
    print("ValueError", e)

# Other iterators: items unpacked as `a, b = item` would be.
for a, b in [(1, 2), [3, 4], "xy", {5: 0, 6: 0}]:
    print(a, b)
for item in [(1, 2, 3), (4,), 7]:
    try:
        for a, b in [item]:
            print(a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def pairs():
    yield 1, 2
    yield 3, 4
    raise KeyError("inside")


try:
    for i, (a, b) in enumerate(pairs()):
        print(i, a, b)
except KeyError as e:
    print("KeyError", e)


def gen_pairs(n):
    for i, c in enumerate("abcdef"[:n]):
        yield c * i


print(list(gen_pairs(4)))
e = enumerate("abc")
for i, c in e:
    if i == 1:
        break
print(next(e))
