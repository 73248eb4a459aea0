# Checks that unbounded recursion ends with an uncaught RecursionError
# (status 1), not a crash of the process.
def down(n):
    return down(n + 1) + 1
print("recursing")
down(0)
