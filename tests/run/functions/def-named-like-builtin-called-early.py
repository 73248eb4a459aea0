# A module-level function named like a builtin: calls that run before its
# `def` call the builtin, later ones the function (direct calls are
# guarded on the name still holding the builtin).
def early(xs):
    return len(xs), max(xs)


print(early([1, 5, 3]))


def len(xs):
    return 42


def max(xs, default=None):
    return "mine"


print(early([1, 5, 3]))
print(len("abc"), max([1, 2]))
