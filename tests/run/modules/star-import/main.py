# `from module import *` binds the module's `__all__` when it is a literal
# list, else its public globals (no leading underscore) that are bound when the
# import runs; submodules named in `__all__` are imported; names from a star
# import can be rebound and shadow builtins; `from math import *` works too.
from helpers import *
from shapes import *
from math import *
import math

print(sorted(k for k in globals() if not k.startswith("__") and not hasattr(math, k)))
print(public_function(3), PUBLIC_CONSTANT)
print(imported_os_name)
try:
    _private
except NameError as exc:
    print("NameError:", exc)
try:
    maybe_bound
except NameError as exc:
    print("NameError:", exc)
print(Square(3).area(), circle.Circle(1).area() > 3)
try:
    Hidden
except NameError as exc:
    print("NameError:", exc)
print(floor(2.5), sqrt(16.0), pi > 3, gcd(12, 18))
print(len("abc"))
PUBLIC_CONSTANT = 10
print(PUBLIC_CONSTANT, public_function(1))


def uses_star_name():
    return public_function(5) + PUBLIC_CONSTANT


print(uses_star_name())
