# str and bytes hashes over every length (the hash reads eight bytes at a
# time with an overlapping last word): equal text hashes equal, bytes hash
# as the same text, '' hashes to 0, and strings that differ in one byte,
# in length only, or by a trailing NUL stay distinct keys of dicts and sets.
base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"
strs = [base[:n] for n in range(len(base) + 1)]
print(hash("") == 0, hash(b"") == 0)
print(all(hash(s) == hash(s.encode()) for s in strs))
print(all(hash(s) == hash("".join(list(s))) for s in strs))
variants = set()
for s in strs:
    variants.add(s)
    variants.add(s + "\0")
    for i in range(len(s)):
        variants.add(s[:i] + "#" + s[i + 1 :])
print(len(variants), len({hash(v) for v in variants}) == len(variants))
d = {}
for v in sorted(variants):
    d[v] = len(v)
print(len(d), sum(d.values()), d["abcdefgh"], d["abc\0"], d["a#cdefghijk"])
print("abcdefgh" in d, "abcdefgi" in d, "abcdefgh\0" in d, "\0" in d)
words = {w: i for i, w in enumerate("to be or not to be that is the question".split())}
print(sorted(words.items()))
print(hash("日本語テキスト") == hash("日本語" + "テキスト"))
print(len({"\0" * n for n in range(20)}), len({hash("\0" * n) for n in range(20)}))
