# Checks the IR of direct calls in a program that may rebind a module
# function through setattr with a computed name: a call passing every
# argument is direct while the global still holds the function its `def`
# made (the hidden `fib$def`), else generic; a call that needs a default
# is always generic.
import sys


def fib(n, base=2):
    if n < base:
        return n
    return fib(n - 1, base) + fib(n - 2, base)


setattr(sys, "na" + "me", 1)
print(fib(10), fib(10, 2))
# flags: --no-inline
