# An addition that fails inside sum(<generator expression>) is reported in
# the caller's frame only (CPython adds in C); an element that fails shows
# the <genexpr> frame (see the handled case before).
def element_fails(xs):
    return sum(1 / x for x in xs)


def add_fails(xs):
    return sum(x for x in xs if x)


try:
    element_fails([1, 0])
except ZeroDivisionError as exc:
    print(exc)
add_fails([1, 2, "a"])
