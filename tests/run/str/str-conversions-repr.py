# Checks str() and repr() of every basic value, and how strings inside
# containers are shown with repr.
values = [1, -2.5, "text", None, True, [1, "a"], (2, "b"), {"k": "v"}, "it's", ""]
for value in values:
    print(str(value), repr(value))
print(str("abc") == "abc", repr("abc") == "'abc'")
print(str([None, False, 0.5, [], ()]))
print(["a\nb", 'say "x"', "tab\t"])
