# Checks that a recursive function bound once by its `def` drops the read
# of its own global before its recursive direct calls (it cannot be unbound
# while the function runs), while the call from the module body keeps it,
# and a function whose global is deleted somewhere keeps its reads.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gone(n):
    return 0 if n == 0 else gone(n - 1)


print(fib(10), gone(3))
del gone
