# Checks ord() and chr() on ASCII and non-ASCII characters, and a Caesar
# cipher built from them.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), chr(233), chr(8364), repr(chr(10)), chr(128512))
def shift(text, k):
    res = ""
    for ch in text:
        if "a" <= ch <= "z":
            res += chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
        else:
            res += ch
    return res
secret = shift("hello, world", 3)
print(secret, shift(secret, -3))
codes = []
for ch in "Hi!":
    codes.append(ord(ch))
print(codes)
