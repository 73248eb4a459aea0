# str.splitlines on ASCII text scans eight bytes at a time past bytes that cannot break a line: every break kind at every offset around the word boundaries, tabs and other control bytes that do not break, \r\n split across words, keepends, and texts shorter than a word.
BREAKS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
NON_BREAKS = ["\t", "\x00", "\x1f", "\x1b", " ", "\x7f", "\x01"]

total = 0
for brk in BREAKS:
    for at in range(0, 20):
        for length in (at, at + 1, at + 9, 24, 40):
            if length < at:
                continue
            text = ("a" * at + brk + "b" * length)[: max(length, at + len(brk))]
            for keep in (False, True):
                lines = text.splitlines(keep)
                total += len(lines) * 31 + sum(len(x) for x in lines)
                assert "".join(text.splitlines(True)) == text
print("breaks", total)

for ch in NON_BREAKS:
    for at in range(0, 18):
        text = "x" * at + ch + "y" * (17 - at)
        assert text.splitlines() == [text], repr(text)
        text2 = text + "\n" + text
        assert text2.splitlines() == [text, text], repr(text2)
print("non-breaks ok")

# \r\n straddling an eight-byte boundary is one break.
for at in range(0, 17):
    text = "z" * at + "\r\n" + "w" * 10
    print(at, text.splitlines(), text.splitlines(keepends=True) == ["z" * at + "\r\n", "w" * 10] if at else None)

# Many breaks in a row, empty lines and a trailing break.
print("\n\n\r\r\n\x0b\x1e".splitlines())
print(("line one\tx\n" * 3 + "last").splitlines(True))
print("".splitlines(), "abc".splitlines(), "abcdefghijklmnop".splitlines(), "abcdefghijklmnop\n".splitlines())
long = "\n".join(f"{i:04d} GET /path/to/resource?q={i} 200 {i * 7}" for i in range(300)) + "\n"
lines = long.splitlines()
print(len(lines), lines[0], lines[-1], sum(map(len, lines)))
# Non-ASCII text takes the general path; a \x85 or \u2028 breaks there.
print("caf\u00e9\u2028next\x85third\nend".splitlines())
