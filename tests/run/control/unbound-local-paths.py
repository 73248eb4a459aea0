# Checks UnboundLocalError on paths where a local is assigned on some
# paths only: inside try before the store raises, after del in a loop,
# in a loop body that never ran, on one branch of an if, and after
# `except ... as` unbinds the name; bound reads on every path work.
def try_before_store(d):
    try:
        v = d["missing"]
    except KeyError:
        pass
    try:
        return v
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def del_in_loop(n):
    out = []
    x = 0
    for i in range(n):
        try:
            out.append(x)
            del x
        except UnboundLocalError:
            out.append("-")
        if i % 2 == 0:
            x = i
    try:
        out.append(x)
    except UnboundLocalError:
        out.append("x unbound")
    return out


def loop_never_ran(n):
    for i in range(n):
        last = i
    try:
        return last
    except UnboundLocalError:
        return "last unbound"


def one_branch(flag):
    if flag:
        y = 1
    try:
        return y
    except UnboundLocalError:
        return "y unbound"


def except_as_unbinds():
    err = "before"
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError:
        return "err unbound"


def bound_everywhere(a):
    if a:
        z = 1
    else:
        z = 2
    total = 0
    while total < 10:
        total += z
    return total


def raise_midway(items):
    try:
        for item in items:
            w = 10 // item
    except ZeroDivisionError:
        pass
    try:
        return w
    except UnboundLocalError:
        return "w unbound"


print(try_before_store({}))
print(del_in_loop(3))
print(del_in_loop(2))
print(loop_never_ran(0), loop_never_ran(3))
print(one_branch(True), one_branch(False))
print(except_as_unbinds())
print(bound_everywhere(True), bound_everywhere(False))
print(raise_midway([0]), raise_midway([5, 0]), raise_midway([2]))
