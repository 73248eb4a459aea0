# Checks string indexing and slicing: negative indices, steps, reversed
# slices, and slice bounds past the ends (which clamp instead of raising).
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[1:5], s[:5], s[7:], s[-5:], s[:-7], s[:], s[3:3])
print(s[::2], s[1::3], s[::-1], s[::-2], s[10:2:-2], s[-1:-6:-1])
print(repr(s[100:]), repr(s[5:1]), s[-100:3], s[2:100])
print(s[0:len(s):4], s[-3:-1], repr(s[-1:-3]))
word = "racecar"
print(word == word[::-1], "python"[::-1])
i = 0
out = ""
while i < len(s):
    out = out + s[i]
    i += 3
print(out)
