# Checks that a generator expression using a local of its enclosing function
# is rejected until closures are compiled.
def shifted(n):
    return list(x + n for x in range(3))  # error: [unsupported-feature]
