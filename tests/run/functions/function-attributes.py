# Checks function attributes: __doc__, __module__, attributes the program
# sets, renaming, and replacing __defaults__ (which later calls must use).
def documented(a, b=2):
    """Add things.

    More text."""
    return a + b
def plain():
    return 1
print(documented.__doc__)
print(plain.__doc__, plain.__module__, documented.__module__)
plain.calls = 0
def counted():
    counted.calls += 1
    return counted.calls
counted.calls = 0
counted(); counted()
print(counted.calls)
commands = {"add": documented, "one": plain}
for name, fn in commands.items():
    print(f"{name:5} {fn.__doc__.splitlines()[0] if fn.__doc__ else '(no help)'}")
try:
    plain.missing
except AttributeError as e:
    print(e)
try:
    plain.__name__ = 5
except TypeError as e:
    print(e)
plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
documented.__defaults__ = (10,)
print(documented(1), documented.__defaults__)
documented.__defaults__ = None
try:
    documented(1)
except TypeError as e:
    print(e)
try:
    documented.__defaults__ = [1]
except TypeError as e:
    print(e)
def outer():
    def inner():
        "inner doc"
    return inner
print(outer().__doc__, outer().__module__)
