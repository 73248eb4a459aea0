# Errors inside comprehensions: the first iterable is evaluated in the
# enclosing scope, errors from the element propagate, names are looked up
# when the comprehension runs.

try:
    [x for x in 5]
except TypeError as exc:
    print(type(exc).__name__, exc)

try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as exc:
    print(type(exc).__name__, exc)

try:
    {k: undefined_later for k in range(2)}
except NameError as exc:
    print(type(exc).__name__, exc)
undefined_later = 7
print({k: undefined_later for k in range(2)})

try:
    [y for y in range(3) for z in y]
except TypeError as exc:
    print(type(exc).__name__, exc)


def uses_before_assignment():
    try:
        return [v for _ in range(1)]
    except NameError as exc:
        print(type(exc).__name__, exc)
    v = 1
    return [v for _ in range(2)]


print(uses_before_assignment())
