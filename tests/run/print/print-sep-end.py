# Checks print's sep and end keywords, their defaults (also when passed
# None), and printing with no arguments.
print(1, 2, 3)
print(1, 2, 3, sep="-")
print(1, 2, 3, sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print()
print("x", end="")
print("y", end="")
print()
print("sep none", "end none", sep=None, end=None)
print(end="only end\n")
print("multi", "char", sep=" <-> ")
for i in range(3):
    print(i, end=" ")
print()
print("done")
