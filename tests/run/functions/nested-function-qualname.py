# Checks that nested functions know their qualified name: `__qualname__`,
# `__name__`, and the argument errors that name them as CPython does.
def outer():
    def inner(a):
        return a

    def middle():
        def deepest(x, y=2):
            return x + y

        return deepest

    for args in [(), (1, 2)]:
        try:
            if len(args) == 0:
                inner()
            else:
                inner(args[0], args[1])
        except TypeError as e:
            print(e)
    try:
        inner(b=2)
    except TypeError as e:
        print(e)
    return inner, middle()


first, second = outer()
print(first.__name__, first.__qualname__)
print(second.__name__, second.__qualname__, second(1))
print(outer.__name__, outer.__qualname__)
try:
    second(1, 2, 3)
except TypeError as e:
    print(e)
try:
    second()
except TypeError as e:
    print(e)
