# Native methods of built-in types reached by names made at run time (getattr
# with a built name, methodcaller, vars(type), format fields) still exist:
# the link step keeps every method when a program can compute names.
from operator import methodcaller

name = "".join(["up", "per"])
print(getattr("abc", name)())
print(hasattr([], "app" + "end"), hasattr({}, "it" + "ems"))
print(methodcaller("rep" + "lace", "a", "b")("banana"))
words = "swap", "case"
print(getattr("Hello", "".join(words))())
table = vars(str)
print("zfill" in table, table["zfill"]("7", 3))
print(str.title("dynamic names"))
fmt = "{0." + "real}"
print(fmt.format(3))
d = {"x": 1}
print(getattr(d, "set" + "default")("y", 2), sorted(d))
