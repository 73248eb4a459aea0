# Building a list/tuple/sorted/join from a range whose len() overflows raises that OverflowError up front, as CPython's length hint does.
for f in range(6):
    try:
        if f == 0: x = list(range(2**70))
        if f == 1: x = tuple(range(2**70))
        if f == 2: x = sorted(range(2**70))
        if f == 3: x = "".join(range(2**70))
        if f == 4: x = []; x.extend(range(2**70))
        if f == 5: x = [1]; x += range(-2**64, 2**64)
    except OverflowError as e:
        print(f, "OverflowError", e)
print(list(range(5)), tuple(range(3)), sorted(range(3, 0, -1)), "-".join("abc"), list({1: 2}), list("xyz"), sorted({3, 1}))
