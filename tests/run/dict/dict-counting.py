# Checks the counting idiom with get(key, 0) + 1 and grouping values into
# lists stored in a dict.
text = "mississippi"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
best = ""
for ch in counts:
    if best == "" or counts[ch] > counts[best]:
        best = ch
print("most common:", best, counts[best])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "akee"]
groups = {}
for w in words:
    first = w[0]
    if first not in groups:
        groups[first] = []
    groups[first].append(w)
print(groups)
for letter in groups:
    print(letter, len(groups[letter]), ", ".join(groups[letter]))
