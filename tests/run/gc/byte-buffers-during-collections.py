# Objects made while byte buffers (a bytearray's storage, text being
# built or read back) are live on the stack survive collections: such
# buffers hold no object words and are not scanned, while the objects
# themselves stay reachable from their lists.
import gc

flags = bytearray([1]) * 20001
flags[0] = flags[1] = 0
for p in range(2, 142):
    if flags[p]:
        flags[p * p :: p] = bytes(len(range(p * p, 20001, p)))
records = []
for i, flag in enumerate(flags):
    if flag:
        records.append([i, str(i), (i, "x" * (i % 7))])
        if len(records) % 400 == 0:
            gc.collect()
print(len(records), records[:3], records[-1])
print(sum(r[0] for r in records), all(r[1] == str(r[0]) for r in records))

pieces = []
buf = bytearray()
for k in range(3000):
    buf += str(k).encode()
    pieces.append({"k": k, "s": buf[-3:].decode()})
    if k % 700 == 0:
        gc.collect()
print(len(buf), pieces[1234], pieces[-1], len({p["s"] for p in pieces}))

text = "".join(f"{n}," for n in range(5000))
parts = [int(x) * 2 for x in text.split(",") if x]
gc.collect()
print(len(text), len(parts), parts[-1], sum(parts))
