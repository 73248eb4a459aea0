"""Checks `__doc__` of modules: the docstring when the first statement is a
string literal, None otherwise, read as a global and as a module attribute."""
import documented
import plain

print(__doc__.splitlines()[0])
print(documented.__doc__)
print(plain.__doc__)
print(documented.describe())
