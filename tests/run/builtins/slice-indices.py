# slice.indices(length) and its argument errors.
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3), slice(2**70).indices(3), slice(1).indices(True))
for a in ['x', -1, 2.0]:
    try:
        print(slice(1).indices(a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    slice(1).indices()
except Exception as e:
    print(type(e).__name__, e)
try:
    slice('a').indices(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(3)
except Exception as e:
    print(type(e).__name__, e)
s = slice(-3, None)
print(s.start, s.stop, s.step, s, list(range(10))[s])
