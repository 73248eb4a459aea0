# Scope rules around closures: an enclosing function's variable hides a
# global of the same name, `global` in a nested function skips the
# enclosing function, class-free module functions stay plain, and a name
# assigned later in the enclosing function is still the enclosing one.
label = "global"
counter = 0


def outer():
    label = "local"

    def inner():
        return label

    return inner()


print(outer(), label)


def bump_global():
    counter = "shadow"

    def inner():
        global counter
        counter += 1
        return counter

    inner()
    inner()
    return counter


print(bump_global(), counter)


def late():
    def read():
        return value

    value = "assigned after def"
    return read()


print(late())


def three_levels(a):
    def second(b):
        def third(c):
            return a + b + c

        return third

    return second


print(three_levels(1)(10)(100))


def rebinding():
    fns = []
    for i in range(3):
        def get():
            return i

        fns.append(get)
    return [f() for f in fns]


print(rebinding())


def sibling_closures():
    state = {"n": 0}
    total = 0

    def inc():
        nonlocal total
        state["n"] += 1
        total += 10

    def read():
        return state["n"], total

    inc()
    inc()
    return read()


print(sibling_closures())
