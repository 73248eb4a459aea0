# pickle: batches of 1000 items and 64 KiB frames (protocol 4 on, large bytes and str outside frames) give CPython's bytes
# The frames need pickles over 64 KiB: thousands of live objects, which a
# collection at every allocation would walk each time.
# gc-stress: off
import pickle

# Batches of 1000 items, and 64 KiB frames from protocol 4 on.
BIG = [list(range(1000)), list(range(1001)), list(range(2500)),
       {i: i for i in range(1000)}, {i: i for i in range(1001)}, {i: -i for i in range(2001)},
       set(range(1500)), list(range(30000)), {i: i * 7 for i in range(9000)},
       [b"x" * 70000, "y" * 70000, [1] * 3]]
for value in BIG:
    for proto in range(6):
        data = pickle.dumps(value, proto)
        print(proto, len(data), sum(data) % 1000003, data[:16], data[-12:],
              pickle.loads(data) == value)

