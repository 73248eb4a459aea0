# Strings and floats that survive automatic collections among many that die
# (leaf pages swept lazily: slots threaded only when the allocator needs
# them) keep their values, and new objects reuse the freed slots without
# overwriting live ones; also across an explicit gc.collect().
import gc

pad = "." * 500
kept = []
floats = []
for i in range(12000):
    s = "item-" + str(i) + pad
    t = s.upper() + "!"
    f = i * 0.5 + 0.25
    if i % 97 == 0:
        kept.append(t)
        floats.append(f)
    if i == 6000:
        gc.collect()
print(len(kept), kept[0][:8], kept[1][:9], kept[-1][:12], len(kept[-1]))
print(all(k == "ITEM-" + str(j * 97) + pad + "!" for j, k in enumerate(kept)))
print(all(f == j * 97 * 0.5 + 0.25 for j, f in enumerate(floats)))
print(sum(len(k) for k in kept))
# A second round: the survivors of the first stay intact while the slots
# freed around them are reused.
words = {}
for i in range(20000):
    w = "w" + str(i % 500) + pad
    words[w] = words.get(w, 0) + 1
print(len(words), words["w0" + pad], words["w499" + pad])
print(kept[len(kept) // 2][:10], floats[len(floats) // 2])
