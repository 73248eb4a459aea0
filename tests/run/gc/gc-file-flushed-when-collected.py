# A file object that becomes garbage without close() is flushed and closed
# when collected: what was written is in the file afterwards.
import gc

path = "gc-file-flushed-when-collected.tmp"


def write_unclosed(text, mode="w"):
    f = open(path, mode)
    f.write(text)


write_unclosed("written, never closed\n")
gc.collect()
with open(path) as f:
    print(repr(f.read()))
write_unclosed(b"bytes too", "wb")
gc.collect()
with open(path, "rb") as f:
    print(f.read())
