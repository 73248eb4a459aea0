# Splitting a text into many pieces (splitlines and split, ASCII and not)
# allocates while the offsets of the pieces wait in a buffer the collector
# does not read: every piece made before a collection must survive it and
# the list must come out whole and in order.
import gc

lines = ["line %d %s" % (i, "x" * (i % 37)) for i in range(3000)]
text = "\n".join(lines) + "\n"
got = text.splitlines()
print(len(got), got == lines, got[0], got[-1])
kept = text.splitlines(True)
print(len(kept), kept[5], "".join(kept) == text)
parts = text.split("\n")
print(len(parts), parts[-1] == "", parts[:-1] == lines)
words = text.split()
print(len(words), words[:4], words[-2:])
wide = "\n".join("ü%dé" % i for i in range(2000))
wl = wide.splitlines()
print(len(wl), wl[0], wl[-1], sum(len(s) for s in wl))
junk = []
for i in range(3):
    pieces = text.splitlines()
    junk.append([p.upper() for p in pieces[:50]])
    gc.collect()
    print(i, len(pieces), pieces[1234], pieces[-1][:12])
print(len(junk), junk[2][3])
