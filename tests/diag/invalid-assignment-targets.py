# Checks that assigning to, augmenting or deleting something that is not a
# target is rejected with CPython's wording for the kind of expression.
def f():
    return 1


f() = 3  # error: [syntax-error]
f() += 1  # error: [syntax-error]
del f()  # error: [syntax-error]
for 1 in [2]:  # error: [syntax-error]
    pass
