# `s + ""` and `"" + s` give `s` itself when `s` is an exact str (CPython makes no
# copy; a program adding empty suffixes to many strings must not hold the text
# twice), for strings whose kind inference knows and for untyped ones; a str
# subclass operand gives a new exact str.
class S(str):
    pass


def pick(flag):
    return "abc".upper() if flag else "xyz".lower()


SUFFIXES = [",", ""]
word = pick(True)
print(word + "" is word, "" + word is word, word + SUFFIXES[1] is word)
print(word + SUFFIXES[0], (word + SUFFIXES[0]) is word)
kept = [w + SUFFIXES[i % 2] for i, w in enumerate(["ab".upper(), "cd".upper()])]
print(kept)
untyped = [pick(False), 3][0]
print(untyped + "" is untyped, "" + untyped is untyped)
sub = S("sub")
joined = sub + ""
print(type(joined).__name__, joined, joined is sub, type("" + sub).__name__)
empty = "".join([])
print(repr(empty + ""), empty + "" is empty, (empty + word) is word)
