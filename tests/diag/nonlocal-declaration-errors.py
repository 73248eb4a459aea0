# Checks CPython's symbol-table errors for `nonlocal`: a parameter declared
# nonlocal, and a name used before its nonlocal declaration.
def holder(a):
    x = 1

    def inner(p):
        nonlocal p  # error: [syntax-error]

    def reader():
        print(x)
        nonlocal x  # error: [syntax-error]
