# Checks that the with statement is rejected.
with open("data.txt") as handle:  # error: [unsupported-feature]
    print(handle)
