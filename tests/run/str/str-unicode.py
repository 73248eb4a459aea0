# Checks that strings are sequences of code points: len, indexing, slicing
# and case mapping work on non-ASCII text.
s = "héllo wörld ✓"
print(len(s), s[1], s[-1], s[7:12], s[::-1])
print(s.upper(), "ÀÉÎ".lower(), len("日本語"), "日本語"[1])
for ch in "añ€😀":
    print(ch, ord(ch), len(ch))
print("ü" in s, s.find("w"), s.replace("ö", "o"))
print("naïve café".split(), "ñ" * 3, "😀" < "😁")
