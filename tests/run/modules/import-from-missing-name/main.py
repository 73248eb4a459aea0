# Checks that `from m import x` for a name m lacks raises ImportError (not
# AttributeError) worded as CPython does, with its name and path
# attributes, for a user module and for a native one; ImportError's own
# name/path/msg attributes.
try:
    from helper_mod import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path.endswith("helper_mod.py"))
    print(isinstance(e, AttributeError))

try:
    from sys import no_such_thing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)

from helper_mod import present

print(present)
plain = ImportError("message")
print(plain.name, plain.path, plain.msg)
print(ImportError("a", "b").msg)
