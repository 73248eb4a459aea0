# Closure error messages: reading a free variable before the enclosing
# function assigns it, a cell variable read before assignment, del of a cell.


def free_before_assignment():
    def inner():
        return x

    try:
        inner()
    except NameError as exc:
        print(type(exc).__name__, exc)
    x = 1
    return inner()


print(free_before_assignment())


def cell_before_assignment():
    try:
        print(y)
    except UnboundLocalError as exc:
        print(type(exc).__name__, exc)
    y = 5
    return lambda: y


print(cell_before_assignment()())


def deleted_cell():
    z = 3
    get = lambda: z
    print(get())
    del z
    try:
        get()
    except NameError as exc:
        print(type(exc).__name__, exc)
    try:
        del z
    except UnboundLocalError as exc:
        print(type(exc).__name__, exc)


deleted_cell()


def nested_nonlocal():
    total = 0

    def add(n):
        def really_add():
            nonlocal total
            total += n

        really_add()

    for i in range(5):
        add(i)
    return total


print(nested_nonlocal())
