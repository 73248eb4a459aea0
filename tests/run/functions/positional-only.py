# Positional-only parameters: passing them positionally, their names free
# for **kwargs, defaults on them, and the error for passing them by keyword.


def power(base, exp=2, /):
    return base ** exp


print(power(3), power(2, 10))


def tag(name, /, **attrs):
    return name, sorted(attrs.items())


print(tag("div", name="main", id=3))
for thunk in [lambda: power(base=2), lambda: power(2, exp=3), lambda: power()]:
    try:
        thunk()
    except TypeError as exc:
        print(exc)
