# sys.stdin.read() and sys.stdin.readline() give exact strs that typed str
# code consumes (inference types them when nothing rebinds sys.stdin or
# stores a read/readline attribute): split, partition, slicing, dict
# counting with the pieces as keys, concatenation, methods on the result.
import sys

first = sys.stdin.readline()
print(repr(first), type(first).__name__, len(first))
head, _, tail = first.rstrip("\n").partition("=")
print(head + "|" + tail, head.upper(), tail[::-1])
text = sys.stdin.read()
print(type(text).__name__, len(text), text.count("\n"))
counts = {}
for line in text.splitlines():
    if not line or line.startswith("#"):
        continue
    word, _, rest = line.partition(" ")
    counts[word] = counts.get(word, 0) + len(rest)
    key = word[:2] + ":" + rest.strip()
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
print(text.split()[-1] + "!", text.isascii(), "ü" in text)
rest = sys.stdin.read()
print(repr(rest), rest == "", type(rest) is str)
again = sys.stdin.readline()
print(repr(again), again + "x")
