# Checks that a nested recursive function calls itself directly, passing
# its own cell (the closure over its name) before the argument.
def outer(n):
    def count(k):
        return 0 if k == 0 else count(k - 1)

    return count(n)
