# hash() of str: an ASCII str hashes as its bytes (as in CPython), a non-ASCII str never as its UTF-8 bytes; equal strings built different ways hash equal, and dict/set look-ups of non-ASCII keys work.
words = ["né", "é", "中文", "😀x", "naïve café", "ß" * 40, "a" * 9 + "é"]
for w in words:
    print(repr(w), hash(w) == hash(w.encode()), hash(w) == hash("".join(list(w))), hash(w) == hash(w[:1] + w[1:]))
print(hash("abc") == hash(b"abc"), hash("") == hash(b"") == 0)
print(hash("abcdefghij") == hash(bytearray(b"abcdefghij").decode()))
d = {w: i for i, w in enumerate(words)}
print([d["".join(reversed(w[::-1]))] for w in words])
s = set(words) | {w.encode() for w in words}
print(len(s), all(w in s and w.encode() in s for w in words))
print(len({"é", b"\xc3\xa9", "e\u0301"}))
print(hash("é") != -1, hash(chr(233)) == hash("\xe9"), hash(chr(0x4e2d)) == hash("中"))
