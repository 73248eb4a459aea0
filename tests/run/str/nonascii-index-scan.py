# Indexing long non-ASCII strings: left-to-right scans, backward and
# jumping positions, slices and find results after a scan, str subclasses
# made from an already indexed string, and many indexed strings kept alive
# across collections.


class Text(str):
    def shout(self):
        return self.upper() + "!"


def scan(text):
    # Checksum of every code point in order.
    h = 0
    i = 0
    while i < len(text):
        h = (h * 31 + ord(text[i])) % 1000003
        i += 1
    return h


base = "".join("aé日😀"[i * 7 % 4] + "xyz"[i % 3] for i in range(300))
print(len(base), scan(base))
print([base[i] for i in (0, 1, 63, 64, 65, 599, -1, -64, 300)])
print([base[i] for i in range(599, 560, -7)])
print(base[100:140], base[-50:-10:3])
print(base.find("😀z"), base.rfind("éx"), base.index("日", 200), base.count("😀"))
print(base[scan(base) % 600], base[::97])

t = Text(base)
print(len(t), scan(t), t[65], t[-65], t[10:20], t.shout()[:12])
fresh = Text("ü" * 70 + "end")
print(fresh[69], fresh[70:], len(fresh), fresh.find("end"))

kept = {}
for n in range(200):
    s = ("ñ" * (n % 90)) + str(n) + ("ß" * 70)
    kept[s[-71:]] = s
    if n % 50 == 0:
        print(n, s[n % 90], s[-1], len(s))
print(len(kept), sum(len(k) for k in kept), scan("".join(sorted(kept))[:400]))
