# A text read whole from a file (the read buffer is not scanned as a root
# by the collector) stays intact, with every object made from it, through
# collections that run while it is being decoded, split and re-read.
import gc
import os
import tempfile

lines = [f"{i:06d} {'word' * (i % 7)} \u00e9{i}" for i in range(3000)]
expected = "\n".join(lines) + "\n"
path = os.path.join(tempfile.mkdtemp(), "big.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write(expected)

for round_ in range(2):
    with open(path, encoding="utf-8") as f:
        head = f.readline()
        gc.collect()
        rest = f.read()
    text = head + rest
    gc.collect()
    garbage = [str(i) * 3 for i in range(2000)]
    parts = text.splitlines()
    del garbage
    gc.collect()
    print(round_, text == expected, len(parts), parts[0], parts[-1], sum(len(p) for p in parts))

with open(path, "rb") as f:
    data = f.read()
gc.collect()
print(len(data), data[:12], data.decode("utf-8") == expected)
os.remove(path)
os.rmdir(os.path.dirname(path))
