# Ints past the 63-bit inline range but inside i64 index/repeat str, bytes, lists and ranges like any other int.
for n in [2**62, 2**63 - 1, 2**63, -2**63, -2**62 - 1]:
    for seq in ["ab", "", b"x", b"", [1], (), range(3)]:
        try:
            print(n, repr(seq), len(seq * n), len(n * seq))
        except Exception as e:
            print(n, repr(seq), type(e).__name__, e)
        try:
            print(n, repr(seq), "index", seq[n])
        except Exception as e:
            print(n, repr(seq), "index", type(e).__name__, e)
        print(n, repr(seq), "slice", seq[:n], seq[n:], seq[-n::-1])
print("abcdef"[2**62 - 3 - 2**62::2**62], [1, 2, 3][::-2**62], range(10)[::2**62])
print("abcabc".find("c", -2**62), "abc".count("b", 0, 2**62), b"abc".find(98, 2**62))
