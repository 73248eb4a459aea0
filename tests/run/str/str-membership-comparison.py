# Checks `in` / `not in` on strings and lexicographic comparison by code
# point, plus sorting a list of strings.
s = "the quick brown fox"
print("quick" in s, "slow" in s, "" in s, "fox" not in s, "q" in s, "T" in s)
print("abc" < "abd", "ab" < "abc", "B" < "a", "apple" > "Apple", "Z" < "a")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", "b" >= "c", "" < "a")
print(sorted(["pear", "Apple", "banana", "apple", "cherry", "Banana"]))
print(max("hello"), min("hello"), max(["x", "yy", "z"]), min("zebra", "ant"))
print("é" > "z", "10" < "9", "abc" < "abcd")
