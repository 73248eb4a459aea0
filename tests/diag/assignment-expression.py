# Checks that the walrus operator is rejected.
data = [1, 2, 3]
if (size := len(data)) > 2:  # error: [unsupported-feature]
    print(size)
