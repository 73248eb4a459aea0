# pickle: the bytes dumps() writes for built-in values under protocols 0-5 equal CPython's (ints, floats, str, bytes, containers, batches, frames, shared and recursive references), and loads() reads them back; batches and frames are in pickle-frames.py
import pickle

shared = [1, 2]
rec = [1]
rec.append(rec)
rd = {}
rd["self"] = rd
rt = ([],)
rt[0].append(rt)

VALUES = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, 2**31, -2**31,
    -2**31 - 1, 2**64, -2**64, 10**100, -(10**300),
    0.0, -0.0, 1.5, 1e300, float("inf"), -float("inf"), 1e-310,
    "", "a", "héllo", "\u20ac\U0001F600", "a\\b\nc\r\x00\x1a", "x" * 300,
    b"", b"abc", b"\x00\xff" * 200, bytearray(b"xy"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2],
    {}, {"a": 1}, {"a": 1, "b": [1, 2]},
    set(), {1, 2, 3}, frozenset(), frozenset({1, 2}),
    [shared, shared, (shared,)], [[1, [2, [3, {"k": (4, 5.5, None)}]]]],
]

for value in VALUES:
    for proto in range(6):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back == value or (value != value and back != back)
        print(proto, repr(value)[:40], data if len(data) < 120 else (len(data), data[:60]), same)

# Recursive structures come back holding themselves.
for proto in range(6):
    data = pickle.dumps(rec, proto)
    print(proto, data)
    back = pickle.loads(data)
    print(back[1] is back, back)
    back = pickle.loads(pickle.dumps(rd, proto))
    print(back["self"] is back)
    data = pickle.dumps(rt, proto)
    print(data)
    back = pickle.loads(data)
    print(back[0][0] is back)
    back = pickle.loads(pickle.dumps([shared, shared], proto))
    print(back[0] is back[1], back)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1) == pickle.dumps(1, 4), pickle.dumps([1], -1))
for bad in (6, 100):
    try:
        pickle.dumps(1, bad)
    except ValueError as e:
        print("ValueError:", e)
for data in (b"", b"\x80\x04K", b"\xff", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01K\x02"):
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError:", e)
