# Checks sets of strings without depending on their iteration order (which
# varies with the hash seed): membership, len, and sorted output.
words = "the cat and the hat and the bat".split()
unique = set(words)
print(len(words), len(unique), sorted(unique))
print("cat" in unique, "dog" in unique)
vowels = set("aeiou")
found = set()
for ch in "programming language":
    if ch in vowels:
        found.add(ch)
print(sorted(found), len(found))
print(sorted(unique & {"cat", "dog", "hat"}), sorted(unique - {"the", "and"}))
