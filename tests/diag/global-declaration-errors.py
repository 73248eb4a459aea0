# Checks CPython's compile-time errors for `global` declarations: a
# parameter declared global, and a name used or assigned before `global`.
total = 0


def add(total):
    global total  # error: [syntax-error]
    return total


def report():
    print(total)
    global total  # error: [syntax-error]


def reset():
    total = 1
    global total  # error: [syntax-error]
