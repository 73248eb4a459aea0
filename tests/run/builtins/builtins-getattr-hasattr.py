# Checks getattr (with and without a default), hasattr and setattr on
# built-in objects and modules, and their errors.
import sys

print(getattr(range(2, 9, 3), "step"), hasattr(range(3), "start"), hasattr(5, "nope"))
print(getattr([], "missing", "fallback"))
print(getattr(sys, "maxsize") == sys.maxsize)
upper = getattr("abc", "upper")
print(upper())
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "foo", 5)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(sys, "argv"), getattr(sys, "nothing", None))
