# Checks recursive functions whose own global changes while they recurse
# (their recursive calls are direct calls): deleting it makes the next
# call raise NameError, rebinding it from inside its own body (or from a
# function nested in it) makes the next call reach the new function, and a
# call before the `def` ran raises NameError. Each function is called
# again afterwards.


def shrinking(n):
    global shrinking
    if n == 3:
        del shrinking
    if n == 0:
        return 0
    return 1 + shrinking(n - 1)


try:
    shrinking(5)
except NameError as e:
    print("NameError:", e)
try:
    shrinking(5)
except NameError as e:
    print("NameError:", e)


def swapped(n):
    global swapped
    if n == 2:
        swapped = lambda m: 100 + m
    if n == 0:
        return 0
    return 1 + swapped(n - 1)


first = swapped
print(swapped(5))
print(swapped(5), first(5))


def nested_swap(n):
    def rebind():
        global nested_swap
        nested_swap = lambda m: -m

    if n == 2:
        rebind()
    if n == 0:
        return 0
    return 1 + nested_swap(n - 1)


print(nested_swap(4), nested_swap(4))


def other_rebinds():
    global plain
    plain = lambda n: "replaced"


def plain(n):
    if n == 2:
        other_rebinds()
    return 0 if n == 0 else 1 + plain(n - 1) if n != 1 else plain(0)


try:
    print(plain(4))
except TypeError as e:
    print("TypeError:", e)

try:
    early(1)
except NameError as e:
    print("NameError:", e)


def early(n):
    return n if n < 2 else early(n - 1) + early(n - 2)


print(early(20), early(1.5))
