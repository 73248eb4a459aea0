# Exact strings indexed, compared and searched with in-line paths: s[i]
# of ASCII and non-ASCII strings (negative, out of range, huge indices),
# == and != of one-character and longer strings (the same object, equal
# copies, different lengths, non-ASCII), and `ch in "..."` with an ASCII
# constant (one character, the empty string, longer needles, characters
# outside ASCII).


def scan(text):
    pos = 0
    out = []
    while pos < len(text) and text[pos] in " \n\t":
        pos += 1
    while pos < len(text):
        ch = text[pos]
        if ch == "{" or ch == "}":
            out.append("brace")
        elif ch in "+-0123456789.e":
            out.append("num:" + ch)
        elif ch != " ":
            out.append(ch)
        pos += 1
    return out


def items(s, keys):
    for k in keys:
        try:
            print(repr(s[k]), end=" ")
        except IndexError as e:
            print(type(e).__name__, e, end=" ")
    print()


def compare(pairs):
    for a, b in pairs:
        print(a == b, a != b, end=" | ")
    print()


def member(needles, hay):
    return [n in hay for n in needles]


def member_const(needles):
    return [(n in "abc", n in "", n in "x\u00e9y") for n in needles]


print(scan("  { 12.5e3, -7 }\n  abc"))
print(scan("\t\u00e9{3}"))
items("hello", [0, 4, -1, -5, 5, -6, 2**70])
items("h\u00e9llo\U0001f600", [0, 1, 5, -1, 6, -7])
items("", [0, -1])
word = "ab"
compare([("a", "a"), ("a", "b"), ("ab", word), (word, word), ("", ""), ("a", ""), ("\u00e9", "\u00e9"), ("\u00e9", "e"), ("abc", "abd"), ("x" * 20, "x" * 20)])
print(member(["a", "", "ab", "z", "\u00e9", "b c"], "a b c"))
print(member_const(["a", "", "ab", "bc", "d", "\u00e9", "x", "\x7f", "\x00"]))
print([c in "\x00\x7f?@" for c in "\x00\x7f?@A~"])
