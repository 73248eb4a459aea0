# Checks str.split (whitespace, separator, maxsplit), str.join and
# str.strip with and without a character set.
text = "  the   quick brown\tfox \n"
print(text.split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "one two three".split(" ", 1))
print("".split(), "".split(","), "abc".split("x"), "a--b--c".split("--"))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), " ".join("abc"))
print(repr(text.strip()), repr("xxhixx".strip("x")), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print(repr("...hello!!!".strip(".!")), repr("abcba".strip("ab")), repr("\t\n".strip()))
words = "red,green, blue ,  yellow".split(",")
cleaned = []
for w in words:
    cleaned.append(w.strip())
print(cleaned, "|".join(cleaned))
csv = "name=Ann;age=31;city=Oslo"
for pair in csv.split(";"):
    key, value = pair.split("=")
    print(key.upper(), value)
