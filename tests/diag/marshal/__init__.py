# A package named like a CPython built-in module, for
# builtin-module-not-shadowed.py: CPython never imports it.
def now():
    return 0
